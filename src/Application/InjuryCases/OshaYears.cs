using System.Globalization;
using System.Text;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Time;
using EmployerPortal.Application.InjuryCases.Specifications;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.InjuryCases;

namespace EmployerPortal.Application.InjuryCases;

/// <summary>One establishment's calendar year: the location, its today, and the cases injured that year.</summary>
internal sealed record OshaYear(Domain.Common.CompanyId CompanyId, CompanyLocation Location, int Year, DateOnly Today, IReadOnlyList<InjuryCase> Cases)
{
    /// <summary>The cases an Admin marked recordable: the log's rows.</summary>
    public IEnumerable<InjuryCase> Recordable => Cases.Where(c => c.OshaRecordable == true);

    public OshaTotals Totals() => OshaTotals.Of(Recordable.Select(c =>
    {
        var counts = c.OshaDayCounts(Today);
        return (c.OshaClassificationOf(counts), counts);
    }));
}

internal static class OshaYears
{
    /// <summary>The location (the main one when none is named; 404 for one the tenant does not have) and the year (this year when none; a field message out of range).</summary>
    public static async Task<OshaYear> LoadAsync(
        IRepository<InjuryCase> injuryCases, IRepository<Company> companies, ICompanyClock companyClock, string? locationCode, int? year, CancellationToken cancellationToken)
    {
        var calendar = await InjuryCaseCalendars.ForTenantAsync(companies, companyClock, cancellationToken);
        var code = string.IsNullOrWhiteSpace(locationCode) ? CompanyLocation.MainCode : locationCode.Trim().ToUpperInvariant();
        var location = calendar.Locations.FirstOrDefault(l => l.Code == code) ?? throw new NotFoundException("Location");
        var today = calendar.TodayAt(code);
        var chosen = year ?? today.Year;
        CheckYear(chosen, today);
        var cases = await injuryCases.ListAsync(new InjuryCasesForOshaYearSpec(code, chosen), cancellationToken);
        return new OshaYear(calendar.CompanyId, location, chosen, today, cases);
    }

    public static void CheckYear(int year, DateOnly today)
    {
        if (year < 2000 || year > today.Year)
        {
            throw ValidationFailedException.ForField("Year", $"Choose a year from 2000 to {today.Year}.");
        }
    }

    public static string ClassificationName(OshaClassification classification) => classification switch
    {
        OshaClassification.Death => "Death",
        OshaClassification.DaysAway => "Days away from work",
        OshaClassification.JobTransferOrRestriction => "Job transfer or restriction",
        _ => "Other recordable case",
    };

    /// <summary>A rate shown to 2 decimals; "—" when there are no hours to divide by.</summary>
    public static string FormatRate(decimal? rate) => rate is { } r ? r.ToString("0.00", CultureInfo.InvariantCulture) : "—";

    public static string Address(CompanyLocation location) =>
        $"{location.Address.Line1}, {location.Address.City}, {location.Address.State} {location.Address.PostalCode}";

    public static string FileName(string form, CompanyLocation location, int year, string extension) =>
        $"{form} {year} {new string([.. location.Name.Where(ch => char.IsLetterOrDigit(ch) || ch == ' ')]).Trim()}.{extension}";

    /// <summary>One header row, then the rows (RFC 4180, UTF-8 with a byte-order mark, formulas defused).</summary>
    public static byte[] Csv(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var csv = new StringBuilder();
        foreach (var line in rows.Prepend(headers))
        {
            csv.Append(string.Join(',', line.Select(Escape))).Append("\r\n");
        }

        return [.. new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static string Escape(string cell)
    {
        var value = cell.Length > 0 && "=+-@".Contains(cell[0], StringComparison.Ordinal) ? "'" + cell : cell;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
