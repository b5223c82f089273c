using System.Globalization;
using EmployerPortal.Domain.Companies;
using NodaTime;

namespace EmployerPortal.Application.Common.Time;

/// <summary>
/// The one place where an instant becomes a company's local time: business dates ("today", a visit's day, report
/// periods, file names) and what a person reads (<c>Dec 1, 2026 7:00 PM CST</c>). Zones and their abbreviations come
/// from NodaTime's TZDB, since .NET has no zone abbreviations.
/// </summary>
public sealed class LocalTime : Domain.Common.IBusinessCalendar
{
    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");
    private readonly DateTimeZone _zone;
    private readonly TimeProvider _clock;

    public LocalTime(CompanyTimeZone zone, TimeProvider? clock = null)
    {
        _zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone.Id)
            ?? throw new InvalidOperationException($"The time zone {zone.Id} is not in the TZDB.");
        _clock = clock ?? TimeProvider.System;
        ZoneId = zone.Id;
    }

    public string ZoneId { get; }

    /// <summary>Now, carrying the zone's offset: the domain reads "today" from an instant's own offset.</summary>
    public DateTimeOffset Now => ToLocal(_clock.GetUtcNow());

    public DateOnly Today => DateOf(_clock.GetUtcNow());

    /// <summary>The same instant, with the zone's offset at that instant.</summary>
    public DateTimeOffset ToLocal(DateTimeOffset instant) =>
        Instant.FromDateTimeOffset(instant).InZone(_zone).ToDateTimeOffset();

    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    /// <summary>The instant the local day <paramref name="date"/> begins (the first valid moment on a DST change day).</summary>
    public DateTimeOffset StartOf(DateOnly date) =>
        _zone.AtStartOfDay(new LocalDate(date.Year, date.Month, date.Day)).ToDateTimeOffset().ToUniversalTime();

    /// <summary>The first instant at or after <paramref name="after"/> when the local clock reads <paramref name="time"/>.</summary>
    public DateTimeOffset Next(TimeOnly time, DateTimeOffset after)
    {
        var today = DateOf(after);
        var at = At(today, time);
        return at >= after ? at : At(today.AddDays(1), time);
    }

    /// <summary>The instant of a local date and time; a time skipped by a DST change is taken as just after the gap.</summary>
    private DateTimeOffset At(DateOnly date, TimeOnly time) =>
        _zone.AtLeniently(new LocalDateTime(date.Year, date.Month, date.Day, time.Hour, time.Minute)).ToDateTimeOffset().ToUniversalTime();

    /// <summary>The instant just after the local day <paramref name="date"/> ends: an exclusive upper bound.</summary>
    public DateTimeOffset EndOf(DateOnly date) => StartOf(date.AddDays(1));

    /// <summary>The zone's abbreviation at that instant: CST in December, CDT in July, MST all year in Phoenix.</summary>
    public string Abbreviation(DateTimeOffset instant) => _zone.GetZoneInterval(Instant.FromDateTimeOffset(instant)).Name;

    /// <summary>The abbreviation right now, e.g. for the account page.</summary>
    public string CurrentAbbreviation => Abbreviation(_clock.GetUtcNow());

    /// <summary><c>Dec 1, 2026 7:00 PM CST</c>.</summary>
    public string Format(DateTimeOffset instant) => $"{ToLocal(instant).ToString("MMM d, yyyy h:mm tt", Us)} {Abbreviation(instant)}";

    /// <summary><c>7:00 PM CST</c>.</summary>
    public string FormatTime(DateTimeOffset instant) => $"{ToLocal(instant).ToString("h:mm tt", Us)} {Abbreviation(instant)}";

    /// <summary><c>Dec 1, 2026</c>: the local date of an instant.</summary>
    public string FormatDate(DateTimeOffset instant) => FormatDate(DateOf(instant));

    /// <summary><c>Dec 1, 2026</c>: a business date.</summary>
    public static string FormatDate(DateOnly date) => date.ToString("MMM d, yyyy", Us);

    /// <summary><c>Tuesday, December 1, 2026 at 7:00 PM CST</c>, as letters write it.</summary>
    public string FormatLong(DateTimeOffset instant) =>
        $"{ToLocal(instant).ToString("dddd, MMMM d, yyyy 'at' h:mm tt", Us)} {Abbreviation(instant)}";

    /// <summary><c>December 1, 2026</c>, as letters write a date.</summary>
    public string FormatLongDate(DateTimeOffset instant) => ToLocal(instant).ToString("MMMM d, yyyy", Us);

    /// <summary>The local ISO date, for CSV and file names: <c>2026-12-01</c>.</summary>
    public string IsoDate(DateTimeOffset instant) => DateOf(instant).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The ISO local time with its offset, for CSV: <c>2026-12-01T19:00:00-06:00</c>.</summary>
    public string IsoLocal(DateTimeOffset instant) => ToLocal(instant).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}

/// <summary>A company's local time (see <see cref="LocalTime"/>), looked up once per scope.</summary>
public interface ICompanyClock
{
    ValueTask<LocalTime> ForCompanyAsync(Domain.Common.CompanyId companyId, CancellationToken cancellationToken);

    /// <summary>The local time of each of the company's locations, by code (a Phoenix terminal keeps MST all year).</summary>
    ValueTask<IReadOnlyDictionary<string, LocalTime>> ForLocationsAsync(Domain.Common.CompanyId companyId, CancellationToken cancellationToken);

    /// <summary>The local time of the company whose records this scope sees (the signed-in employer's, or the one a job acts for).</summary>
    ValueTask<LocalTime> ForTenantAsync(CancellationToken cancellationToken);
}
