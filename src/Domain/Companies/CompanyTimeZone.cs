using System.Collections.Frozen;
using EmployerPortal.Domain.Common;

namespace EmployerPortal.Domain.Companies;

/// <summary>
/// The IANA time zone a company keeps its business dates in ("today", valid-until, a visit's day, report periods).
/// Instants stay UTC; this says which calendar they are read in. When ops gives none, the zone of the address's state.
/// </summary>
public sealed record CompanyTimeZone
{
    private CompanyTimeZone(string id) => Id = id;

    /// <summary>The IANA id, e.g. America/Chicago.</summary>
    public string Id { get; }

    public static CompanyTimeZone From(string id)
    {
        var trimmed = id?.Trim() ?? string.Empty;
        if (!IsKnown(trimmed))
        {
            throw new BusinessRuleViolationException(new TimeZoneMustBeAKnownIanaZone(trimmed));
        }

        return new CompanyTimeZone(trimmed);
    }

    /// <summary>The representative zone of a US state, district or territory (two-letter code).</summary>
    public static CompanyTimeZone ForState(string state) =>
        StateZones.TryGetValue(state?.Trim().ToUpperInvariant() ?? string.Empty, out var zone)
            ? new CompanyTimeZone(zone)
            : throw new BusinessRuleViolationException(new TimeZoneMustBeAKnownIanaZone(state ?? string.Empty));

    /// <summary>Whether <paramref name="id"/> names an IANA zone (not a Windows id such as "Central Standard Time").</summary>
    public static bool IsKnown(string? id) =>
        !string.IsNullOrWhiteSpace(id)
        && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone)
        && zone.HasIanaId;

    /// <summary>Each state's representative zone: where most of its people live when it spans two.</summary>
    public static IReadOnlyDictionary<string, string> StateZones { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["AL"] = "America/Chicago", ["AK"] = "America/Anchorage", ["AZ"] = "America/Phoenix", ["AR"] = "America/Chicago",
        ["CA"] = "America/Los_Angeles", ["CO"] = "America/Denver", ["CT"] = "America/New_York", ["DE"] = "America/New_York",
        ["DC"] = "America/New_York", ["FL"] = "America/New_York", ["GA"] = "America/New_York", ["HI"] = "Pacific/Honolulu",
        ["ID"] = "America/Boise", ["IL"] = "America/Chicago", ["IN"] = "America/Indiana/Indianapolis", ["IA"] = "America/Chicago",
        ["KS"] = "America/Chicago", ["KY"] = "America/New_York", ["LA"] = "America/Chicago", ["ME"] = "America/New_York",
        ["MD"] = "America/New_York", ["MA"] = "America/New_York", ["MI"] = "America/Detroit", ["MN"] = "America/Chicago",
        ["MS"] = "America/Chicago", ["MO"] = "America/Chicago", ["MT"] = "America/Denver", ["NE"] = "America/Chicago",
        ["NV"] = "America/Los_Angeles", ["NH"] = "America/New_York", ["NJ"] = "America/New_York", ["NM"] = "America/Denver",
        ["NY"] = "America/New_York", ["NC"] = "America/New_York", ["ND"] = "America/Chicago", ["OH"] = "America/New_York",
        ["OK"] = "America/Chicago", ["OR"] = "America/Los_Angeles", ["PA"] = "America/New_York", ["RI"] = "America/New_York",
        ["SC"] = "America/New_York", ["SD"] = "America/Chicago", ["TN"] = "America/Chicago", ["TX"] = "America/Chicago",
        ["UT"] = "America/Denver", ["VT"] = "America/New_York", ["VA"] = "America/New_York", ["WA"] = "America/Los_Angeles",
        ["WV"] = "America/New_York", ["WI"] = "America/Chicago", ["WY"] = "America/Denver",
        ["PR"] = "America/Puerto_Rico", ["GU"] = "Pacific/Guam", ["VI"] = "America/St_Thomas", ["AS"] = "Pacific/Pago_Pago",
        ["MP"] = "Pacific/Saipan",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public override string ToString() => Id;
}

public sealed class TimeZoneMustBeAKnownIanaZone(string id) : IBusinessRule
{
    public string Message => $"\"{id}\" is not a known IANA time zone; give one such as America/Chicago.";

    public bool IsBroken() => !CompanyTimeZone.IsKnown(id);
}
