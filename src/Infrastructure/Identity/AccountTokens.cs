using System.Security.Cryptography;
using System.Text;
using EmployerPortal.Application.Users;
using EmployerPortal.Domain.Common;
using EmployerPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Infrastructure.Identity;

internal sealed class AccountTokens(PortalDbContext db, TimeProvider clock) : IAccountTokens
{
    public async Task<string> IssueAsync(PortalUserId userId, AccountTokenPurpose purpose, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        await RevokeAllAsync(userId, purpose, cancellationToken);
        var secret = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        db.AccountTokens.Add(AccountToken.Issue(userId.Value, purpose, Hash(secret), clock.GetUtcNow(), lifetime));
        return secret;
    }

    /// <summary>Reads what is committed (not this scope's pending changes): a refused attempt leaves the link usable.</summary>
    public async Task<PortalUserId?> FindValidAsync(string? token, AccountTokenPurpose purpose, CancellationToken cancellationToken) =>
        await FindAsync(db.AccountTokens.AsNoTracking(), token, purpose, cancellationToken) is { } row ? new PortalUserId(row.UserId) : null;

    public async Task<PortalUserId?> RedeemAsync(string? token, AccountTokenPurpose purpose, CancellationToken cancellationToken)
    {
        if (await FindAsync(db.AccountTokens, token, purpose, cancellationToken) is not { } row)
        {
            return null;
        }

        row.MarkUsed(clock.GetUtcNow());
        return new PortalUserId(row.UserId);
    }

    public async Task RevokeAllAsync(PortalUserId userId, AccountTokenPurpose purpose, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var open = await db.AccountTokens
            .Where(t => t.UserId == userId.Value && t.Purpose == purpose && t.UsedAt == null && t.RevokedAt == null)
            .ToListAsync(cancellationToken);
        open.ForEach(t => t.Revoke(now));
    }

    private async Task<AccountToken?> FindAsync(IQueryable<AccountToken> tokens, string? token, AccountTokenPurpose purpose, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return null;
        }

        var hash = Hash(token.Trim());
        var row = await tokens.SingleOrDefaultAsync(t => t.TokenHash == hash && t.Purpose == purpose, cancellationToken);
        return row is not null && row.IsValidAt(clock.GetUtcNow()) ? row : null;
    }

    private static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
