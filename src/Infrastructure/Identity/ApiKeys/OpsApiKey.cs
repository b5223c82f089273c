using System.Security.Cryptography;
using System.Text;

namespace EmployerPortal.Infrastructure.Identity.ApiKeys;

/// <summary>An ops API key: only its SHA-256 hash is stored; the key itself is shown once, at creation.</summary>
public sealed class OpsApiKey
{
    private OpsApiKey()
    {
        Name = null!;
        KeyHash = null!;
        Scopes = null!;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public string KeyHash { get; private set; }

    /// <summary>Space-separated scopes.</summary>
    public string Scopes { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Creates a key record and returns the plain key to show once.</summary>
    public static (OpsApiKey Key, string PlainKey) Create(string name, IEnumerable<string> scopes, DateTimeOffset now)
    {
        var plain = "epk_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        return (new OpsApiKey
        {
            Id = Guid.CreateVersion7(),
            Name = name,
            KeyHash = Hash(plain),
            Scopes = string.Join(' ', scopes.Distinct(StringComparer.Ordinal)),
            CreatedAt = now,
        }, plain);
    }

    public static string Hash(string plainKey) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(plainKey)));

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
