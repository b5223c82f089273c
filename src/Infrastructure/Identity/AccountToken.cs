using EmployerPortal.Application.Users;

namespace EmployerPortal.Infrastructure.Identity;

/// <summary>An emailed single-use link's secret, stored as its SHA-256 hash only.</summary>
public sealed class AccountToken
{
    private AccountToken()
    {
        TokenHash = null!;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public AccountTokenPurpose Purpose { get; private set; }

    public string TokenHash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>Also the row's concurrency token: of two redemptions at once, only one commits.</summary>
    public DateTimeOffset? UsedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public static AccountToken Issue(Guid userId, AccountTokenPurpose purpose, string tokenHash, DateTimeOffset now, TimeSpan lifetime) => new()
    {
        Id = Guid.CreateVersion7(),
        UserId = userId,
        Purpose = purpose,
        TokenHash = tokenHash,
        CreatedAt = now,
        ExpiresAt = now + lifetime,
    };

    public bool IsValidAt(DateTimeOffset now) => UsedAt is null && RevokedAt is null && now < ExpiresAt;

    public void MarkUsed(DateTimeOffset now) => UsedAt = now;

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
