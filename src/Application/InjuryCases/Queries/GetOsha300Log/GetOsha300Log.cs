using System.Globalization;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Printing;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Common.Time;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.InjuryCases;
using Mediator;

namespace EmployerPortal.Application.InjuryCases.Queries.GetOsha300Log;

/// <summary>
/// The OSHA 300 log of one establishment (a location) for one calendar year: one row per case the Admin marked
/// recordable, injured that year in the location's local dates, with the day counts of its work-status history.
/// </summary>
[RequiresPermission(Permission.ManageOshaRecords)]
public sealed record GetOsha300LogQuery(string? LocationCode, int? Year, OshaFormat Format = OshaFormat.Screen) : IQuery<Osha300LogDto>;

/// <summary>The log's rows, the cases still waiting for the Admin's decision, and the file when one was asked for.</summary>
public sealed record Osha300LogDto(
    string LocationCode,
    string LocationName,
    int Year,
    IReadOnlyList<Osha300RowDto> Rows,
    IReadOnlyList<Osha300UndecidedDto> Undecided,
    OshaFile? File);

public sealed record Osha300RowDto(
    string CaseNumber,
    string EmployeeName,
    string JobTitle,
    DateOnly InjuryDate,
    string Where,
    string Description,
    string Classification,
    int DaysAway,
    int DaysRestricted,
    string InjuryType);

public sealed record Osha300UndecidedDto(Guid Id, string EmployeeName, DateOnly InjuryDate);

public sealed class GetOsha300LogHandler(
    IRepository<InjuryCase> injuryCases,
    IRepository<Company> companies,
    ICompanyClock companyClock,
    IPdfRenderer pdf) : IQueryHandler<GetOsha300LogQuery, Osha300LogDto>
{
    public const string PrivacyCase = "Privacy case";

    public static readonly IReadOnlyList<string> Headers =
    [
        "Case no.", "Employee's name", "Job title", "Date of injury or onset of illness", "Where the event occurred",
        "Describe injury or illness, parts of body affected", "Classification", "Days away from work", "Days on job transfer or restriction",
        "Injury or illness",
    ];

    public async ValueTask<Osha300LogDto> Handle(GetOsha300LogQuery query, CancellationToken cancellationToken)
    {
        var osha = await OshaYears.LoadAsync(injuryCases, companies, companyClock, query.LocationCode, query.Year, cancellationToken);
        var (location, year, today, cases) = (osha.Location, osha.Year, osha.Today, osha.Cases);
        var code = location.Code;
        var rows = osha.Recordable.Select(c => Row(c, location.Name, today)).ToList();
        var undecided = cases.Where(c => c.OshaRecordable is null)
            .Select(c => new Osha300UndecidedDto(c.Id.Value, c.Employee.FullName, c.Details.InjuryDate)).ToList();
        var file = query.Format switch
        {
            OshaFormat.Csv => new OshaFile(FileName(location, year, "csv"), "text/csv", Csv(rows)),
            OshaFormat.Pdf => new OshaFile(FileName(location, year, "pdf"), "application/pdf", pdf.Render(Print(location, year, rows))),
            _ => null,
        };
        return new Osha300LogDto(code, location.Name, year, rows, undecided, file);
    }

    /// <summary>A case's row: the prefilled values, each replaced by the Admin's correction where there is one.</summary>
    private static Osha300RowDto Row(InjuryCase c, string where, DateOnly today)
    {
        var counts = c.OshaDayCounts(today);
        var classification = OshaYears.ClassificationName(c.OshaClassificationOf(counts));
        var correction = c.OshaCorrection;
        var description = correction.Description
            ?? string.Join(", ", new[] { c.Details.BodyPart, c.Details.Description }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return new Osha300RowDto(
            c.ExternalCaseId,
            c.OshaPrivacyCase ? PrivacyCase : c.Employee.FullName,
            correction.JobTitle ?? string.Empty,
            c.Details.InjuryDate,
            correction.WhereOccurred ?? where,
            description,
            classification,
            counts.DaysAway,
            counts.DaysRestricted,
            "Injury");
    }

    private static IReadOnlyList<string> Cells(Osha300RowDto r) =>
    [
        r.CaseNumber, r.EmployeeName, r.JobTitle, r.InjuryDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Where, r.Description,
        r.Classification, r.DaysAway.ToString(CultureInfo.InvariantCulture), r.DaysRestricted.ToString(CultureInfo.InvariantCulture), r.InjuryType,
    ];

    /// <summary>One header row, then one row per case.</summary>
    public static byte[] Csv(IReadOnlyList<Osha300RowDto> rows) => OshaYears.Csv(Headers, rows.Select(Cells));

    /// <summary>The PDF's table leaves out the columns that are blank here (job title) or the same on every row (injury), to keep the cells readable.</summary>
    private static PrintDocument Print(CompanyLocation location, int year, IReadOnlyList<Osha300RowDto> rows) => new(
        $"OSHA Form 300 — Log of Work-Related Injuries and Illnesses, {year}",
        [
            new PrintFields(
            [
                new("Establishment", location.Name),
                new("Address", OshaYears.Address(location)),
                new("Calendar year", year.ToString(CultureInfo.InvariantCulture)),
            ]),
            rows.Count == 0
                ? new PrintParagraph("No recordable cases in this year.")
                : new PrintTable(
                    ["Case no.", "Employee", "Date", "Where", "Injury, body part", "Classification", "Days away", "Days restricted"],
                    [.. rows.Select(r => (IReadOnlyList<string>)
                        [r.CaseNumber, r.EmployeeName, LocalTime.FormatDate(r.InjuryDate), r.Where, r.Description, r.Classification,
                         r.DaysAway.ToString(CultureInfo.InvariantCulture), r.DaysRestricted.ToString(CultureInfo.InvariantCulture)])]),
            new PrintHeading("Totals"),
            new PrintFields(
            [
                new("Cases with days away from work", rows.Count(r => r.DaysAway > 0).ToString(CultureInfo.InvariantCulture)),
                new("Cases with job transfer or restriction", rows.Count(r => r.DaysAway == 0 && r.DaysRestricted > 0).ToString(CultureInfo.InvariantCulture)),
                new("Other recordable cases", rows.Count(r => r.DaysAway == 0 && r.DaysRestricted == 0).ToString(CultureInfo.InvariantCulture)),
                new("Days away from work", rows.Sum(r => r.DaysAway).ToString(CultureInfo.InvariantCulture)),
                new("Days of job transfer or restriction", rows.Sum(r => r.DaysRestricted).ToString(CultureInfo.InvariantCulture)),
            ]),
        ]);

    private static string FileName(CompanyLocation location, int year, string extension) => OshaYears.FileName("OSHA 300 log", location, year, extension);
}
