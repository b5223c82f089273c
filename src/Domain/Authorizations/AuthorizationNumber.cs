using System.Diagnostics.CodeAnalysis;
using EmployerPortal.Domain.Common;

namespace EmployerPortal.Domain.Authorizations;

/// <summary>
/// The number an employee shows at check-in: 7 random characters and 1 check character, displayed "ABCD-EFGH".
/// </summary>
/// <remarks>
/// The alphabet leaves out the look-alikes 0/O, 1/I/L, U (V) and Z (2): 29 characters, a prime.
/// Read as digits d1..d8 (0..28), a valid number satisfies 8·d1 + 7·d2 + … + 1·d8 ≡ 0 (mod 29).
/// A single substitution changes the sum by w·(d' − d) and an adjacent swap by (wᵢ − wᵢ₊₁)·(dᵢ₊₁ − dᵢ);
/// the weights are distinct, non-zero and smaller than 29, and 29 is prime, so neither product is ever ≡ 0:
/// every single-character substitution and every adjacent transposition is detected.
/// </remarks>
public sealed record AuthorizationNumber
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXY";
    public const int Length = 8;

    private const int RandomLength = Length - 1;
    private const int Modulus = 29;

    private AuthorizationNumber(string value) => Value = value;

    /// <summary>The canonical form: 8 upper-case characters, no separator. This is what is stored.</summary>
    public string Value { get; }

    /// <summary>The form people read and type: "ABCD-EFGH".</summary>
    public string Display => $"{Value[..4]}-{Value[4..]}";

    /// <summary>A fresh random number. Uniqueness is the store's job: retry on a collision.</summary>
    /// <param name="nextInt">Returns a uniformly random integer in [0, maxExclusive).</param>
    public static AuthorizationNumber Generate(Func<int, int> nextInt)
    {
        Span<char> chars = stackalloc char[Length];
        for (var i = 0; i < RandomLength; i++)
        {
            var index = nextInt(Modulus);
            if (index is < 0 or >= Modulus)
            {
                throw new ArgumentOutOfRangeException(nameof(nextInt), index, $"The random source must return a value in [0, {Modulus}).");
            }

            chars[i] = Alphabet[index];
        }

        chars[RandomLength] = Alphabet[CheckDigitFor(chars[..RandomLength])];
        return new AuthorizationNumber(new string(chars));
    }

    public static AuthorizationNumber Generate(Random random) => Generate(random.Next);

    /// <summary>Reads a number as people type it: any case, with or without spaces and dashes.</summary>
    public static AuthorizationNumber Parse(string input) =>
        TryParse(input, out var number)
            ? number
            : throw new BusinessRuleViolationException(new AuthorizationNumberMustBeValid(input));

    public static bool TryParse(string? input, [NotNullWhen(true)] out AuthorizationNumber? number)
    {
        number = null;
        if (input is null)
        {
            return false;
        }

        Span<char> chars = stackalloc char[Length];
        var count = 0;
        foreach (var c in input)
        {
            if (c is ' ' or '-')
            {
                continue;
            }

            var upper = char.ToUpperInvariant(c);
            if (count == Length || !Alphabet.Contains(upper, StringComparison.Ordinal))
            {
                return false;
            }

            chars[count++] = upper;
        }

        if (count != Length || Alphabet[CheckDigitFor(chars[..RandomLength])] != chars[RandomLength])
        {
            return false;
        }

        number = new AuthorizationNumber(new string(chars));
        return true;
    }

    public override string ToString() => Display;

    /// <summary>The digit that brings the weighted sum of all 8 characters to 0 mod 29; the check character's weight is 1.</summary>
    private static int CheckDigitFor(ReadOnlySpan<char> payload)
    {
        var sum = 0;
        for (var i = 0; i < payload.Length; i++)
        {
            sum += (Length - i) * Alphabet.IndexOf(payload[i], StringComparison.Ordinal);
        }

        return (Modulus - (sum % Modulus)) % Modulus;
    }
}

public sealed class AuthorizationNumberMustBeValid(string? input) : IBusinessRule
{
    public string Message => "An authorization number is 8 characters, like ABCD-EFGH; check it for a typing mistake.";

    public bool IsBroken() => !AuthorizationNumber.TryParse(input, out _);
}
