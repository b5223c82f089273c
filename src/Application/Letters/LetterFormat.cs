using System.Globalization;
using EmployerPortal.Application.Common.Time;
using EmployerPortal.Domain.Companies;

namespace EmployerPortal.Application.Letters;

/// <summary>How letters and their emails write dates and times: US English, in the company's local time, with the zone's abbreviation.</summary>
public static class LetterFormat
{
    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");

    /// <summary><c>Tuesday, December 1, 2026 at 7:00 PM CST</c>.</summary>
    public static string DateTime(DateTimeOffset at, CompanyTimeZone zone) => new LocalTime(zone).FormatLong(at);

    /// <summary>The company's local date of an instant: <c>December 1, 2026</c>.</summary>
    public static string Date(DateTimeOffset at, CompanyTimeZone zone) => new LocalTime(zone).FormatLongDate(at);

    public static string Date(DateOnly date) => date.ToString("MMMM d, yyyy", Us);
}
