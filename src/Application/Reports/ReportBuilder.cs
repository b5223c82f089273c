using EmployerPortal.Application.Results;
using System.Globalization;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Time;
using EmployerPortal.Application.InjuryCases;
using EmployerPortal.Application.InjuryCases.Specifications;
using EmployerPortal.Application.Letters;
using EmployerPortal.Application.Reports.Specifications;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.InjuryCases;
using EmployerPortal.Domain.Reports;
using EmployerPortal.Domain.Results;

namespace EmployerPortal.Application.Reports;

/// <summary>A report's content: its lines and its totals, ready to be written as PDF or CSV.</summary>
public sealed record ReportData(
    ReportKind Kind,
    string Title,
    string CompanyName,
    string AccountNumber,
    DateOnly FirstDay,
    DateOnly LastDay,
    IReadOnlyList<string> Headers,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<KeyValuePair<string, int>> Totals)
{
    /// <summary>The period as people read it, in the company's own days.</summary>
    public string PeriodText => $"{LetterFormat.Date(FirstDay)} – {LetterFormat.Date(LastDay)}";
}

/// <summary>
/// Builds the Injury / Non-injury Activity Status Report and the Employer Patient Visit Report from the tenant company's
/// visits. The injury report carries each visit's case as it stands today in the company's dates: work status,
/// restrictions and the expected return to full duty.
/// </summary>
public sealed class ReportBuilder(IReadRepository<VisitResult> visits, IRepository<Company> companies, IRepository<InjuryCase> injuryCases, TimeProvider clock)
{
    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");

    /// <param name="locationCode">One location's visits (its name joins the title), or null for every location the reader sees.</param>
    public async Task<ReportData> BuildAsync(ReportKind kind, ReportPeriod period, CancellationToken cancellationToken, string? locationCode = null)
    {
        var company = await companies.FirstOrDefaultAsync(new CurrentCompanySpec(), cancellationToken)
            ?? throw new NotFoundException("Company");
        var category = kind switch
        {
            ReportKind.InjuryActivityStatus => VisitCategory.Injury,
            ReportKind.NonInjuryActivityStatus => VisitCategory.NonInjury,
            _ => (VisitCategory?)null,
        };
        var location = locationCode is null ? null : company.FindLocation(locationCode) ?? throw new NotFoundException("Location");
        var rows = await visits.ListAsync(new VisitsForReportSpec(period, category, location?.Code), cancellationToken);
        var local = new LocalTime(company.TimeZone, clock);
        var zones = company.Locations.ToDictionary(l => l.Code, l => new LocalTime(l.TimeZone, clock), StringComparer.Ordinal);
        string When(DateTimeOffset at, string visitLocation) => (zones.GetValueOrDefault(visitLocation) ?? local).Format(at);

        var cases = kind == ReportKind.InjuryActivityStatus && rows.Count > 0
            ? await injuryCases.ListAsync(new InjuryCasesOfVisitsSpec([.. rows.Select(r => r.Id)]), cancellationToken)
            : [];
        var caseOfVisit = cases.SelectMany(c => c.Visits.Select(v => (v.VisitResultId, Case: c))).ToDictionary(x => x.VisitResultId, x => x.Case);
        IReadOnlyList<string> CaseCells(ReportVisitRow row) => caseOfVisit.TryGetValue(row.Id, out var c) ? CaseColumns(c, local.Today) : ["", "", ""];

        var (headers, cells) = kind switch
        {
            ReportKind.InjuryActivityStatus => (
                (IReadOnlyList<string>)["Employee", "Employee ID", "Visit", "Clinic", "Status", "Next recheck", "Work status", "Restrictions", "Expected full duty"],
                rows.Select(r => (IReadOnlyList<string>)[Name(r), r.EmployeeId ?? "", When(r.ScheduledAt, r.LocationCode), r.Clinic, r.Status.DisplayName(), r.NextRecheckAt is { } at ? When(at, r.LocationCode) : "", .. CaseCells(r)]).ToList()),
            ReportKind.NonInjuryActivityStatus => (
                ["Employee", "Employee ID", "Visit", "Clinic", "Status", "Documents"],
                rows.Select(r => (IReadOnlyList<string>)[Name(r), r.EmployeeId ?? "", When(r.ScheduledAt, r.LocationCode), r.Clinic, r.Status.DisplayName(), r.DocumentCount.ToString(Us)]).ToList()),
            _ => (
                ["Employee", "Employee ID", "Visit", "Category", "Clinic", "Status"],
                rows.Select(r => (IReadOnlyList<string>)[Name(r), r.EmployeeId ?? "", When(r.ScheduledAt, r.LocationCode), r.Category == VisitCategory.Injury ? "Injury" : "Non-injury", r.Clinic, r.Status.DisplayName()]).ToList()),
        };

        var totals = new List<KeyValuePair<string, int>> { new("Total visits", rows.Count) };
        if (kind == ReportKind.EmployerPatientVisit)
        {
            totals.Add(new("Injury visits", rows.Count(r => r.Category == VisitCategory.Injury)));
            totals.Add(new("Non-injury visits", rows.Count(r => r.Category == VisitCategory.NonInjury)));
        }

        totals.AddRange(Enum.GetValues<VisitStatus>().Select(s => new KeyValuePair<string, int>(s.DisplayName(), rows.Count(r => r.Status == s))));
        var title = location is null ? ReportKinds.DisplayName(kind) : $"{ReportKinds.DisplayName(kind)} — {location.Name}";
        return new ReportData(kind, title, company.Name, company.AccountNumber.Value, period.FirstDay(local), period.LastDay(local), headers, cells, totals);
    }

    private static string Name(ReportVisitRow row) => $"{row.LastName}, {row.FirstName}";

    /// <summary>The case's work status today ("Closed" once closed), its restrictions, and the expected full-duty date.</summary>
    private static IReadOnlyList<string> CaseColumns(InjuryCase injuryCase, DateOnly today)
    {
        var current = injuryCase.CurrentStatus(today);
        var closed = injuryCase.Status == InjuryCaseStatus.Closed;
        return
        [
            closed ? "Closed" : current is { } status ? WorkStatusNames.Of(status.Status) : "Not yet known",
            closed || current is null ? "" : string.Join("; ", current.Restrictions),
            injuryCase.Latest?.ExpectedFullDutyOn is { } on ? LocalTime.FormatDate(on) : "",
        ];
    }

}
