using System.Globalization;
using System.Text;

namespace EmployerPortal.Application.Results;

/// <summary>
/// The form in which employee names are searched: accents removed, lower case, letters and digits only, words
/// separated by one space ("Muñoz, José" → "munoz jose"). Stored beside each result so a prefix search is an index
/// range scan on every database.
/// </summary>
public static class EmployeeNameKey
{
    public const int MaxLength = 201;

    /// <summary>The upper bound of a prefix range: sorts after every character a key can hold.</summary>
    public const char RangeEnd = '~';

    /// <summary>"last first": what a search by surname (or "surname, first name") matches.</summary>
    public static string LastFirst(string firstName, string lastName) => Normalize($"{lastName} {firstName}");

    /// <summary>"first last": what a search by first name (or "first name surname") matches.</summary>
    public static string FirstLast(string firstName, string lastName) => Normalize($"{firstName} {lastName}");

    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’' or '.')
            {
                continue;
            }

            var folded = Fold(char.ToLowerInvariant(c));
            if (folded.Length == 1 && !char.IsAsciiLetterOrDigit(folded[0]))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(folded);
        }

        var key = builder.ToString();
        return key.Length > MaxLength ? key[..MaxLength] : key;
    }

    private static string Fold(char c) => c switch
    {
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ø' => "o",
        'ł' => "l",
        'đ' or 'ð' => "d",
        'þ' => "th",
        'ı' => "i",
        _ => c.ToString(),
    };
}
