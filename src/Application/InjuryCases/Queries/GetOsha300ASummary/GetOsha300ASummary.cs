using System.Globalization;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Printing;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Common.Time;
using EmployerPortal.Application.InjuryCases.Specifications;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.InjuryCases;
using Mediator;

namespace EmployerPortal.Application.InjuryCases.Queries.GetOsha300ASummary;

/// <summary>
/// The OSHA Form 300A summary of one establishment (a location) for one calendar year: the establishment details the
/// Admin entered, the log's totals by classification and the day totals, and the TRIR and DART rates.
/// </summary>
[RequiresPermission(Permission.ManageOshaRecords)]
public sealed record GetOsha300ASummaryQuery(string? LocationCode, int? Year, OshaFormat Format = OshaFormat.Screen) : IQuery<Osha300ASummaryDto>;

public sealed record Osha300ASummaryDto(
    string LocationCode,
    string LocationName,
    int Year,
    OshaEstablishmentDetails? Establishment,
    OshaTotals Totals,
    string Trir,
    string Dart,
    OshaFile? File);

public sealed class GetOsha300ASummaryHandler(
    IRepository<InjuryCase> injuryCases,
    IRepository<OshaEstablishment> establishments,
    IRepository<Company> companies,
    ICompanyClock companyClock,
    IPdfRenderer pdf) : IQueryHandler<GetOsha300ASummaryQuery, Osha300ASummaryDto>
{
    public static readonly IReadOnlyList<string> Headers =
    [
        "Year", "Establishment name", "Street", "City", "State", "ZIP", "Industry description", "NAICS code",
        "Annual average number of employees", "Total hours worked by all employees last year",
        "Total number of deaths", "Total number of cases with days away from work", "Total number of cases with job transfer or restriction",
        "Total number of other recordable cases", "Total number of days away from work", "Total number of days of job transfer or restriction",
        "Total recordable case rate (TRIR)", "DART rate",
    ];

    public async ValueTask<Osha300ASummaryDto> Handle(GetOsha300ASummaryQuery query, CancellationToken cancellationToken)
    {
        var osha = await OshaYears.LoadAsync(injuryCases, companies, companyClock, query.LocationCode, query.Year, cancellationToken);
        var establishment = (await establishments.FirstOrDefaultAsync(new OshaEstablishmentByLocationYearSpec(osha.Location.Code, osha.Year), cancellationToken))?.Details;
        var totals = osha.Totals();
        var trir = OshaYears.FormatRate(OshaRates.Trir(totals, establishment?.HoursWorked));
        var dart = OshaYears.FormatRate(OshaRates.Dart(totals, establishment?.HoursWorked));
        var summary = new Osha300ASummaryDto(osha.Location.Code, osha.Location.Name, osha.Year, establishment, totals, trir, dart, null);
        return query.Format switch
        {
            OshaFormat.Csv => summary with { File = new(OshaYears.FileName("OSHA 300A summary", osha.Location, osha.Year, "csv"), "text/csv", OshaYears.Csv(Headers, [Cells(summary)])) },
            OshaFormat.Pdf => summary with { File = new(OshaYears.FileName("OSHA 300A summary", osha.Location, osha.Year, "pdf"), "application/pdf", pdf.Render(Print(summary))) },
            _ => summary,
        };
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static IReadOnlyList<string> Cells(Osha300ASummaryDto s)
    {
        var e = s.Establishment;
        var t = s.Totals;
        return
        [
            N(s.Year), e?.EstablishmentName ?? s.LocationName, e?.Street ?? "", e?.City ?? "", e?.State ?? "", e?.PostalCode ?? "",
            e?.IndustryDescription ?? "", e?.NaicsCode ?? "", e is null ? "" : N(e.AverageEmployees), e is null ? "" : N(e.HoursWorked),
            N(t.Deaths), N(t.DaysAwayCases), N(t.JobTransferOrRestrictionCases), N(t.OtherCases), N(t.DaysAway), N(t.DaysRestricted),
            s.Trir, s.Dart,
        ];
    }

    private static PrintDocument Print(Osha300ASummaryDto s)
    {
        var e = s.Establishment;
        var t = s.Totals;
        return new PrintDocument(
            $"OSHA Form 300A — Summary of Work-Related Injuries and Illnesses, {s.Year}",
            [
                new PrintHeading("Establishment information"),
                new PrintFields(
                [
                    new("Establishment name", e?.EstablishmentName ?? s.LocationName),
                    new("Address", e is null ? "Not entered" : $"{e.Street}, {e.City}, {e.State} {e.PostalCode}"),
                    new("Industry description", e?.IndustryDescription ?? "Not entered"),
                    new("NAICS code", e?.NaicsCode ?? "Not entered"),
                    new("Annual average number of employees", e is null ? "Not entered" : e.AverageEmployees.ToString("N0", CultureInfo.InvariantCulture)),
                    new("Total hours worked by all employees", e is null ? "Not entered" : e.HoursWorked.ToString("N0", CultureInfo.InvariantCulture)),
                ]),
                new PrintHeading("Number of cases"),
                new PrintFields(
                [
                    new("Total number of deaths", N(t.Deaths)),
                    new("Total number of cases with days away from work", N(t.DaysAwayCases)),
                    new("Total number of cases with job transfer or restriction", N(t.JobTransferOrRestrictionCases)),
                    new("Total number of other recordable cases", N(t.OtherCases)),
                ]),
                new PrintHeading("Number of days"),
                new PrintFields(
                [
                    new("Total number of days away from work", N(t.DaysAway)),
                    new("Total number of days of job transfer or restriction", N(t.DaysRestricted)),
                ]),
                new PrintHeading("Rates"),
                new PrintFields(
                [
                    new("TRIR", s.Trir),
                    new("DART rate", s.Dart),
                ]),
                new PrintParagraph("TRIR is the total recordable case rate; DART counts the cases with days away, restricted or transferred. Rates are (cases × 200,000) / total hours worked: cases per 100 full-time workers."),
            ]);
    }
}
