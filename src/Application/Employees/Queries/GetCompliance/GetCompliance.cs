using System.Globalization;
using System.Text;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Application.Employees.Compliance;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Employees;
using FluentValidation;
using Mediator;

namespace EmployerPortal.Application.Employees.Queries.GetCompliance;

/// <summary>Which items the compliance page, its CSV and its calendar show: a location, a program, a status (or all).</summary>
public sealed record ComplianceFilter(string? LocationCode, ComplianceProgram? Program, ComplianceStatus? Status);

/// <summary>The compliance page: items overdue, due in 30 / 60 / 90 days and current, by location and program.</summary>
[RequiresPermission(Permission.ViewRoster)]
public sealed record GetComplianceQuery(ComplianceFilter Filter) : IQuery<ComplianceOverviewDto>;

/// <summary>The same items as a CSV file (one header row).</summary>
[RequiresPermission(Permission.ViewRoster)]
public sealed record ExportComplianceCsvQuery(ComplianceFilter Filter) : IQuery<ComplianceFile>;

/// <summary>The same items' due dates as an iCalendar file: the employee's name and the item, nothing medical.</summary>
[RequiresPermission(Permission.ViewRoster)]
public sealed record ExportComplianceCalendarQuery(ComplianceFilter Filter) : IQuery<ComplianceFile>;

public sealed record ComplianceLocation(string Code, string Name);

public sealed record ComplianceOverviewDto(
    DateOnly Today,
    IReadOnlyList<ComplianceRow> Rows,
    IReadOnlyDictionary<ComplianceStatus, int> CountsByStatus,
    IReadOnlyList<ComplianceLocation> Locations);

public sealed record ComplianceFile(string FileName, string ContentType, byte[] Content);

public sealed class ComplianceQueryHandlers(ComplianceLedger ledger, IRepository<Company> companies, ICurrentUser currentUser, TimeProvider clock) :
    IQueryHandler<GetComplianceQuery, ComplianceOverviewDto>,
    IQueryHandler<ExportComplianceCsvQuery, ComplianceFile>,
    IQueryHandler<ExportComplianceCalendarQuery, ComplianceFile>
{
    public async ValueTask<ComplianceOverviewDto> Handle(GetComplianceQuery query, CancellationToken cancellationToken)
    {
        var (today, rows) = await ledger.ListAsync(cancellationToken);
        var filter = query.Filter;
        var inScope = rows.Where(r => Matches(r, filter with { Status = null })).ToList();
        var company = await companies.FirstOrDefaultAsync(new CompanyByIdSpec(currentUser.RequireCompanyId()), cancellationToken);
        return new ComplianceOverviewDto(
            today,
            [.. inScope.Where(r => filter.Status is null || r.Status == filter.Status)],
            Enum.GetValues<ComplianceStatus>().ToDictionary(s => s, s => inScope.Count(r => r.Status == s)),
            [.. (company?.Locations ?? []).Where(l => currentUser.LocationCodes.Count == 0 || currentUser.LocationCodes.Contains(l.Code)).Select(l => new ComplianceLocation(l.Code, l.Name))]);
    }

    public async ValueTask<ComplianceFile> Handle(ExportComplianceCsvQuery query, CancellationToken cancellationToken)
    {
        var (today, rows) = await ledger.ListAsync(cancellationToken);
        var csv = new StringBuilder();
        csv.Append("Employee ID,Employee,Locations,Program,Item,Doses,Last done,Due on,Status\r\n");
        foreach (var row in rows.Where(r => Matches(r, query.Filter)))
        {
            csv.AppendJoin(',', [
                Csv(row.EmployeeNumber),
                Csv(row.EmployeeName),
                Csv(string.Join(' ', row.LocationCodes)),
                Csv(ComplianceNames.Of(row.Program)),
                Csv(ComplianceNames.Of(row.Kind)),
                Csv(ComplianceNames.Of(row.Series)),
                Iso(row.LastDoneOn),
                Iso(row.DueOn),
                Csv(row.LastDoneOn is null ? "No record" : ComplianceNames.Of(row.Status)),
            ]);
            csv.Append("\r\n");
        }

        return new ComplianceFile($"compliance-{Iso(today)}.csv", "text/csv", Encoding.UTF8.GetBytes(csv.ToString()));
    }

    public async ValueTask<ComplianceFile> Handle(ExportComplianceCalendarQuery query, CancellationToken cancellationToken)
    {
        var (today, rows) = await ledger.ListAsync(cancellationToken);
        var stamp = clock.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var ics = new StringBuilder();
        ics.Append("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Employer Portal//Compliance//EN\r\nCALSCALE:GREGORIAN\r\n");
        foreach (var row in rows.Where(r => r.DueOn is not null && Matches(r, query.Filter)))
        {
            var due = row.DueOn!.Value;
            ics.Append("BEGIN:VEVENT\r\n")
                .Append(CultureInfo.InvariantCulture, $"UID:{row.EmployeeId:N}-{row.Kind}-{due:yyyyMMdd}@employer-portal\r\n")
                .Append(CultureInfo.InvariantCulture, $"DTSTAMP:{stamp}\r\n")
                .Append(CultureInfo.InvariantCulture, $"DTSTART;VALUE=DATE:{due:yyyyMMdd}\r\n")
                .Append(CultureInfo.InvariantCulture, $"DTEND;VALUE=DATE:{due.AddDays(1):yyyyMMdd}\r\n")
                .Append(CultureInfo.InvariantCulture, $"SUMMARY:{IcsText($"{ComplianceNames.Of(row.Kind)} due — {row.EmployeeShortName}")}\r\n")
                .Append("TRANSP:TRANSPARENT\r\n")
                .Append("END:VEVENT\r\n");
        }

        ics.Append("END:VCALENDAR\r\n");
        return new ComplianceFile($"compliance-{Iso(today)}.ics", "text/calendar", Encoding.UTF8.GetBytes(ics.ToString()));
    }

    private static bool Matches(ComplianceRow row, ComplianceFilter filter) =>
        (string.IsNullOrWhiteSpace(filter.LocationCode) || row.LocationCodes.Contains(filter.LocationCode.Trim().ToUpperInvariant()))
        && (filter.Program is null || row.Program == filter.Program)
        && (filter.Status is null || row.Status == filter.Status);

    private static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>A CSV field, quoted when needed; a leading = + - @ is defused so a spreadsheet does not run it as a formula.</summary>
    private static string Csv(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }

    private static string IcsText(string value) =>
        value.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\r", string.Empty).Replace("\n", "\\n");
}

public sealed class GetComplianceValidator : AbstractValidator<GetComplianceQuery>
{
    public GetComplianceValidator() => RuleFor(q => q.Filter.LocationCode).MaximumLength(10).WithMessage("A location code can be at most 10 characters.");
}
