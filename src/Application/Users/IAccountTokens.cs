using EmployerPortal.Domain.Common;

namespace EmployerPortal.Application.Users;

public enum AccountTokenPurpose
{
    Invitation,
    PasswordReset,
}

/// <summary>
/// Single-use secrets sent by email (invitation and reset links). Only a hash is stored; a token works once,
/// until it expires, and issuing a new one for the same user and purpose revokes the older ones.
/// Changes are staged in the unit of work.
/// </summary>
public interface IAccountTokens
{
    /// <summary>Issues a token; returns the secret to put in the link.</summary>
    Task<string> IssueAsync(PortalUserId userId, AccountTokenPurpose purpose, TimeSpan lifetime, CancellationToken cancellationToken);

    /// <summary>The user a still-valid token belongs to, or null (unknown, used, revoked or expired).</summary>
    Task<PortalUserId?> FindValidAsync(string? token, AccountTokenPurpose purpose, CancellationToken cancellationToken);

    /// <summary>Marks a valid token used and returns its user, or null. Two redemptions racing: only one commits.</summary>
    Task<PortalUserId?> RedeemAsync(string? token, AccountTokenPurpose purpose, CancellationToken cancellationToken);

    Task RevokeAllAsync(PortalUserId userId, AccountTokenPurpose purpose, CancellationToken cancellationToken);
}

public static class AccountTokenLifetimes
{
    public static readonly TimeSpan Invitation = TimeSpan.FromHours(72);
    public static readonly TimeSpan PasswordReset = TimeSpan.FromHours(1);
}
