using System.Collections.Frozen;
using System.Text.RegularExpressions;
using FluentValidation;

namespace EmployerPortal.Application.Common.Validation;

/// <summary>The formats a US employer expects to be checked: state codes, ZIP codes, phone numbers, emails.</summary>
public static partial class UsFormatRules
{
    private static readonly FrozenSet<string> StateCodes = new[]
    {
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
        "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH",
        "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR", "GU", "VI",
        "AS", "MP",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsStateCode(string? value) => value is not null && StateCodes.Contains(value);

    public static bool IsZipCode(string? value) => value is not null && ZipCode().IsMatch(value);

    /// <summary>A US phone number: 10 digits, optionally with +1, separators and an extension.</summary>
    public static bool IsPhoneNumber(string? value) => value is not null && PhoneNumber().IsMatch(value);

    public static IRuleBuilderOptions<T, string?> UsStateCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(IsStateCode).WithMessage("Enter a two-letter US state code, e.g. TX.");

    public static IRuleBuilderOptions<T, string?> ZipCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(IsZipCode).WithMessage("Enter a ZIP code as 12345 or 12345-6789.");

    public static IRuleBuilderOptions<T, string?> UsPhoneNumber<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(IsPhoneNumber).WithMessage("Enter a 10-digit phone number, e.g. (512) 555-0100.");

    public static IRuleBuilderOptions<T, string?> EmailAddressStrict<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(254).WithMessage("An email address can be at most 254 characters.").Matches(EmailPattern()).WithMessage("Enter a valid email address.");

    /// <summary>
    /// Names and free text: no control characters, no markup, and no bidirectional-text controls (the right-to-left
    /// override and its kin let "evil\u202Efdp.exe" read as "evilexe.pdf" in a name, a title or a file name).
    /// </summary>
    public static IRuleBuilderOptions<T, string?> PlainText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(IsPlainText).WithMessage("Use plain text only (no control characters, '<' or '>').");

    /// <summary>
    /// Free text people write sentences in ("What happened", instructions): anything printable, '<' and '>' included
    /// ("lifting > 50 lb") — every page encodes it when it shows it — but no control or bidirectional-text characters.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> FreeText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(IsFreeText).WithMessage("Remove the invisible control characters from this text (they can come with a paste).");

    public static bool IsFreeText(string? value) =>
        value is null || !value.Any(c => (char.IsControl(c) && c is not '\n' and not '\r' and not '\t') || IsBidiControl(c));

    public static bool IsPlainText(string? value) =>
        value is null || !value.Any(c => (char.IsControl(c) && c is not '\n' and not '\r' and not '\t') || IsBidiControl(c) || c is '<' or '>');

    private static bool IsBidiControl(char c) => c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    [GeneratedRegex(@"^\d{5}(-\d{4})?$")]
    private static partial Regex ZipCode();

    [GeneratedRegex(@"^(\+?1[\s.-]?)?(\(\d{3}\)|\d{3})[\s.-]?\d{3}[\s.-]?\d{4}(\s*(x|ext\.?)\s*\d{1,6})?$", RegexOptions.IgnoreCase)]
    private static partial Regex PhoneNumber();

    [GeneratedRegex(@"^[^@\s<>()\[\],;:""]+@[^@\s<>()\[\],;:""]+\.[A-Za-z]{2,}$")]
    private static partial Regex EmailPattern();
}
