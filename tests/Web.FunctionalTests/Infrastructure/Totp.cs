using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace EmployerPortal.Web.FunctionalTests.Infrastructure;

/// <summary>
/// What an authenticator app computes (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits) from the key the portal
/// shows, so tests can act as the user's phone. The portal checks codes against the real clock, so this uses it too.
/// </summary>
public static class Totp
{
    private static readonly ConcurrentDictionary<string, long> LastSteps = new();

    /// <summary>
    /// The code of the next step not yet used with this key: the portal accepts each step once and allows two steps of
    /// drift, so a test that needs a few codes in a row gets them as the phone would show them over the next minute.
    /// </summary>
    public static string Code(string base32Key)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        var step = LastSteps.AddOrUpdate(base32Key, now, (_, last) => Math.Max(now, last + 1));
        return Code(base32Key, DateTimeOffset.FromUnixTimeSeconds(step * 30));
    }

    public static string Code(string base32Key, DateTimeOffset at)
    {
        var counter = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, at.ToUnixTimeSeconds() / 30);
        var hash = HMACSHA1.HashData(FromBase32(base32Key), counter);
        var offset = hash[^1] & 0x0f;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7fffffff) % 1_000_000;
        return binary.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A code that is certainly not accepted now (Identity allows two steps either side).</summary>
    public static string WrongCode(string base32Key)
    {
        var accepted = Enumerable.Range(-2, 5).Select(step => Code(base32Key, DateTimeOffset.UtcNow.AddSeconds(30 * step))).ToHashSet();
        return Enumerable.Range(0, 20).Select(i => ((123456 + (i * 111111)) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(c => !accepted.Contains(c));
    }

    private static byte[] FromBase32(string key)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = 0;
        var buffer = 0;
        var bytes = new List<byte>();
        foreach (var c in key.Replace(" ", string.Empty).TrimEnd('=').ToUpperInvariant())
        {
            buffer = ((buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal)) & 0xffff;
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }
}
