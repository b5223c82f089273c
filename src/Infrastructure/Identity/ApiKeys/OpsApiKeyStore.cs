using EmployerPortal.Application.Common.Security;
using EmployerPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Infrastructure.Identity.ApiKeys;

/// <summary>What an operator sees of a key: never the key itself.</summary>
public sealed record OpsApiKeySummary(string Name, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);

/// <summary>Creates, revokes and lists ops API keys (used by the <c>ops-key</c> command line).</summary>
public sealed class OpsApiKeyStore(PortalDbContext db, TimeProvider clock)
{
    /// <summary>Creates a key and returns the plain key, which is shown once and never stored.</summary>
    public async Task<string> CreateAsync(string name, IReadOnlyCollection<string> scopes, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100)
        {
            throw new ArgumentException("A key needs a name of 1 to 100 characters.", nameof(name));
        }

        var unknown = scopes.Where(s => !OpsScopes.All.Contains(s)).ToList();
        if (scopes.Count == 0 || unknown.Count > 0)
        {
            throw new ArgumentException($"Scopes must be one or more of: {string.Join(", ", OpsScopes.All)}.", nameof(scopes));
        }

        var trimmed = name.Trim();
        if (await db.Set<OpsApiKey>().AnyAsync(k => k.Name == trimmed, cancellationToken))
        {
            throw new ArgumentException($"A key named '{trimmed}' already exists; revoke it or pick another name.", nameof(name));
        }

        var (key, plain) = OpsApiKey.Create(trimmed, scopes, clock.GetUtcNow());
        db.Set<OpsApiKey>().Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return plain;
    }

    /// <summary>Revokes the key with that name; false if there is none.</summary>
    public async Task<bool> RevokeAsync(string name, CancellationToken cancellationToken)
    {
        var key = await db.Set<OpsApiKey>().SingleOrDefaultAsync(k => k.Name == name.Trim(), cancellationToken);
        if (key is null)
        {
            return false;
        }

        key.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<OpsApiKeySummary>> ListAsync(CancellationToken cancellationToken)
    {
        var keys = await db.Set<OpsApiKey>().AsNoTracking().ToListAsync(cancellationToken);
        return keys.OrderBy(k => k.Name, StringComparer.Ordinal)
            .Select(k => new OpsApiKeySummary(k.Name, k.ScopeList, k.CreatedAt, k.RevokedAt))
            .ToList();
    }
}
