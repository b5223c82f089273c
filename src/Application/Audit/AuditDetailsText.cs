using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using EmployerPortal.Application.Reports;
using EmployerPortal.Domain.Reports;

namespace EmployerPortal.Application.Audit;

/// <summary>
/// An entry's details as a sentence fragment ("from View Only to Admin"), read from the stable forms the trail stores
/// them in (<c>from=ViewOnly; to=Admin</c>, a small JSON object of before and after). A form it does not know is shown as stored.
/// </summary>
public static partial class AuditDetailsText
{
    public static string? Describe(string action, string? details)
    {
        if (string.IsNullOrWhiteSpace(details))
        {
            return null;
        }

        return action switch
        {
            AuditActions.UserDerMarkChanged => null,
            AuditActions.UserRoleChanged when Pairs(details) is { } p && p.TryGetValue("from", out var from) && p.TryGetValue("to", out var to) =>
                $"from {Words(from)} to {Words(to)}",
            AuditActions.UserLocationsChanged when Pairs(details) is { } p && p.TryGetValue("from", out var from) && p.TryGetValue("to", out var to) =>
                $"from {Locations(from)} to {Locations(to)}",
            AuditActions.UserInvited when Pairs(details) is { } p && p.TryGetValue("role", out var role) => $"as {Words(role)}",
            AuditActions.SignInFailed or AuditActions.TwoFactorSignInFailed when Pairs(details) is { } p && p.TryGetValue("reason", out var reason) =>
                Sentence(Words(reason)),
            AuditActions.ResultDownloaded when details == "merged" => "in a merged PDF",
            ReportAuditActions.ReportDownloaded => $"as {details.ToUpperInvariant()}",
            ReportAuditActions.ReportRun => ReportRun(details),
            ReportAuditActions.SubscriptionChanged => Subscription(details),
            AuditActions.CompanyAccountChanged or AuditActions.CompanySettingsChanged => Changes(details),
            _ => details,
        };
    }

    /// <summary>"all" → "all locations", "MAIN,PHX" → "MAIN, PHX".</summary>
    private static string Locations(string codes) => codes == "all" ? "all locations" : codes.Replace(",", ", ", StringComparison.Ordinal);

    /// <summary>"ViewOnly" → "View Only", "InvalidCredentials" → "Invalid Credentials".</summary>
    private static string Words(string name) => CapitalBoundary().Replace(name.Trim(), " $1");

    private static string Sentence(string words) => words.Length == 0 ? words : words[0] + words[1..].ToLowerInvariant();

    private static Dictionary<string, string>? Pairs(string details)
    {
        var pairs = details.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2))
            .ToList();
        return pairs.All(p => p.Length == 2) ? pairs.ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal) : null;
    }

    /// <summary>"2026-01-01..2026-01-31 Pdf" → "Jan 1, 2026 to Jan 31, 2026 as PDF".</summary>
    private static string ReportRun(string details)
    {
        var match = ReportRunForm().Match(details);
        return match.Success
            ? $"{Day(match.Groups[1].Value)} to {Day(match.Groups[2].Value)} as {match.Groups[3].Value.ToUpperInvariant()}"
            : details;
    }

    /// <summary>"EmployerPatientVisit Weekly" → "Employer Patient Visit Report, weekly".</summary>
    private static string Subscription(string details)
    {
        var parts = details.Split(' ', 2);
        return parts.Length == 2 && Enum.TryParse<ReportKind>(parts[0], out var kind) && Enum.IsDefined(kind)
            ? $"{ReportKinds.DisplayName(kind)}, {parts[1].ToLowerInvariant()}"
            : details;
    }

    /// <summary>Company changes: <c>{"field":…,"before":…,"after":…}</c> or <c>{"before":{…},"after":{…}}</c>.</summary>
    private static string Changes(string details)
    {
        try
        {
            using var json = JsonDocument.Parse(details);
            var root = json.RootElement;
            if (root.TryGetProperty("field", out var field))
            {
                return Change(field.GetString() ?? string.Empty, root.GetProperty("before"), root.GetProperty("after"));
            }

            var after = root.GetProperty("after");
            var changes = root.GetProperty("before").EnumerateObject()
                .Where(b => after.TryGetProperty(b.Name, out var a) && a.GetRawText() != b.Value.GetRawText())
                .Select(b => Change(b.Name, b.Value, after.GetProperty(b.Name)))
                .ToList();
            return changes.Count == 0 ? "no change" : string.Join("; ", changes);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return details;
        }
    }

    private static string Change(string field, JsonElement before, JsonElement after) =>
        $"{Sentence(Words(field.Length == 0 ? field : char.ToUpperInvariant(field[0]) + field[1..]))} from {Value(before)} to {Value(after)}";

    private static string Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String when value.GetString() is { Length: > 0 } text => $"\"{text}\"",
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        JsonValueKind.Array => value.GetArrayLength() == 0 ? "none" : string.Join(", ", value.EnumerateArray().Select(e => Words(e.ToString()))),
        _ => "none",
    };

    private static string Day(string isoDate) =>
        DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("MMM d, yyyy", CultureInfo.GetCultureInfo("en-US"));

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex CapitalBoundary();

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2}) (\w+)$")]
    private static partial Regex ReportRunForm();
}
