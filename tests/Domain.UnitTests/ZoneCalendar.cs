using EmployerPortal.Domain.Common;

namespace EmployerPortal.Domain.UnitTests;

/// <summary>A company calendar from the system's IANA zones (tzdata), independent of the application's NodaTime one.</summary>
public sealed class ZoneCalendar(string zoneId) : IBusinessCalendar
{
    public static readonly ZoneCalendar Chicago = new("America/Chicago");
    public static readonly ZoneCalendar Phoenix = new("America/Phoenix");

    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);

    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, _zone).DateTime);

    /// <summary>Local midnight: never skipped or repeated in US zones, whose changes happen at 2 AM.</summary>
    public DateTimeOffset StartOf(DateOnly date)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, _zone.GetUtcOffset(midnight)).ToUniversalTime();
    }
}
