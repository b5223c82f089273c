using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace EmployerPortal.Infrastructure.Identity;

/// <summary>RFC 6238 as authenticator apps compute it (HMAC-SHA1, 30-second steps, 6 digits), the way Identity does.</summary>
internal static class AuthenticatorCode
{
    private const string Base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static long StepAt(DateTimeOffset at) => at.ToUnixTimeSeconds() / 30;

    /// <summary>Whether <paramref name="code"/> is the code of <paramref name="step"/>, compared in constant time.</summary>
    public static bool Matches(byte[] key, long step, string code) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Compute(key, step)), Encoding.ASCII.GetBytes(code));

    public static byte[] KeyFromBase32(string base32)
    {
        var bits = 0;
        var buffer = 0;
        var bytes = new List<byte>();
        foreach (var c in base32.Replace(" ", string.Empty).TrimEnd('=').ToUpperInvariant())
        {
            buffer = ((buffer << 5) | Base32Alphabet.IndexOf(c, StringComparison.Ordinal)) & 0xffff;
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }

    private static string Compute(byte[] key, long step)
    {
        var counter = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var hash = HMACSHA1.HashData(key, counter);
        var offset = hash[^1] & 0x0f;
        var value = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7fffffff) % 1_000_000;
        return value.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }
}
