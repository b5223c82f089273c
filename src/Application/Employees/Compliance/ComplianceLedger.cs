using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Time;
using EmployerPortal.Application.Employees.Specifications;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Employees;
using EmployerPortal.Domain.Results;

namespace EmployerPortal.Application.Employees.Compliance;

/// <summary>One compliance item of one employee as the lists show it: who, what, when done, when due, where it stands.</summary>
public sealed record ComplianceRow(
    Guid EmployeeId,
    string EmployeeNumber,
    string EmployeeName,
    string EmployeeShortName,
    IReadOnlyList<string> LocationCodes,
    ComplianceProgram Program,
    ComplianceItemKind Kind,
    DateOnly? LastDoneOn,
    DateOnly? DueOn,
    ComplianceStatus Status,
    SeriesProgress? Series = null);

/// <summary>Names of programs, items and statuses in an employer's words.</summary>
public static class ComplianceNames
{
    public static string Of(ComplianceProgram program) => program switch
    {
        ComplianceProgram.DotDriver => "DOT driver",
        ComplianceProgram.RespiratorUser => "Respirator user",
        ComplianceProgram.HearingConservation => "Hearing conservation",
        ComplianceProgram.MedicalSurveillance => "Medical surveillance",
        ComplianceProgram.BloodbornePathogens => "Bloodborne pathogens",
        _ => program.ToString(),
    };

    public static string Of(ComplianceItemKind kind) => kind switch
    {
        ComplianceItemKind.DotMedicalCertificate => "DOT medical card",
        ComplianceItemKind.RespiratorFitTest => "Respirator fit test",
        ComplianceItemKind.RespiratorMedicalClearance => "Respirator medical clearance",
        ComplianceItemKind.HearingTest => "Hearing test",
        ComplianceItemKind.SurveillanceExam => "Medical surveillance exam",
        ComplianceItemKind.HepatitisBVaccineSeries => "Hepatitis B vaccine series",
        _ => kind.ToString(),
    };

    public static string Of(ComplianceStatus status) => status switch
    {
        ComplianceStatus.Overdue => "Overdue",
        ComplianceStatus.DueIn30Days => "Due in 30 days",
        ComplianceStatus.DueIn60Days => "Due in 60 days",
        ComplianceStatus.DueIn90Days => "Due in 90 days",
        ComplianceStatus.Complete => "Complete",
        _ => "Current",
    };

    /// <summary>How far a series has come, in words ("Dose 1 of 3 given"); empty for an item that is not a series.</summary>
    public static string Of(SeriesProgress? series) => series switch
    {
        null => string.Empty,
        { IsComplete: true } => $"All {series.DosesInSeries} doses given",
        _ => $"Dose {series.DosesGiven} of {series.DosesInSeries} given",
    };

    /// <summary>The catalog service an authorization names to renew the item.</summary>
    public static string RenewingServiceCode(ComplianceItemKind kind) => kind switch
    {
        ComplianceItemKind.DotMedicalCertificate => "PHYS-DOT",
        ComplianceItemKind.RespiratorFitTest => "RESP-FIT",
        ComplianceItemKind.RespiratorMedicalClearance => "RESP-CLEAR",
        ComplianceItemKind.SurveillanceExam => "PHYS-SURV",
        ComplianceItemKind.HepatitisBVaccineSeries => "IMM-HEPB",
        _ => "HV-AUDIO",
    };
}

/// <summary>
/// Compliance as it stands today, derived — never stored — from the roster and the results that renew items
/// (<see cref="ComplianceRules"/>), in the scope of the data layer: a location-scoped user sees the employees of
/// their locations, and what the results at their locations say. Published for the dashboard and the notices.
/// </summary>
public sealed class ComplianceLedger(IRepository<RosterEmployee> roster, IRepository<VisitResult> visits, IRepository<Domain.Companies.Company> companies, ICompanyClock clocks)
{
    /// <summary>Every tracked item of every active employee in scope, most urgent first, on the company's local date.</summary>
    public async Task<(DateOnly Today, IReadOnlyList<ComplianceRow> Rows)> ListAsync(CancellationToken cancellationToken)
    {
        var local = await clocks.ForTenantAsync(cancellationToken);
        var today = local.Today;
        var employees = await roster.ListAsync(new RosterEmployeesSpec(activeOnly: true), cancellationToken);
        var evidence = await EvidenceAsync(cancellationToken);
        var policy = await PolicyAsync(companies, cancellationToken);
        var rows = employees
            .SelectMany(e => RowsOf(e, evidence[Key(e.EmployeeNumber, e.DateOfBirth)], today, policy))
            .OrderBy(r => r.Status)
            .ThenBy(r => r.DueOn ?? DateOnly.MinValue)
            .ThenBy(r => r.EmployeeName, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return (today, rows);
    }

    /// <summary>The items of one employee, from the visits already read for them.</summary>
    public static IReadOnlyList<ComplianceRow> RowsOf(RosterEmployee employee, IEnumerable<ComplianceEvidence> evidence, DateOnly today, CompliancePolicy policy) =>
        [.. ComplianceRules.ItemsFor(employee, evidence, policy).Select(item => new ComplianceRow(
            employee.Id.Value,
            employee.EmployeeNumber,
            employee.FullName,
            employee.ShortName,
            employee.LocationCodes,
            ComplianceRules.ProgramOf(item.Kind),
            item.Kind,
            item.LastDoneOn,
            item.DueOn,
            item.StatusOn(today),
            item.Series))];

    /// <summary>The signed-in company's compliance settings (the surveillance interval ops set for it).</summary>
    public static async Task<CompliancePolicy> PolicyAsync(IRepository<Domain.Companies.Company> companies, CancellationToken cancellationToken) =>
        (await companies.FirstOrDefaultAsync(new Companies.Specifications.CurrentCompanySpec(), cancellationToken))?.CompliancePolicy ?? CompliancePolicy.Default;

    /// <summary>What a visit's renewing documents say: the visit's local date, each document's lapse date, each vaccine record's dose.</summary>
    public static IEnumerable<ComplianceEvidence> EvidenceOf(VisitResult visit, IBusinessCalendar calendar)
    {
        var doneOn = calendar.DateOf(visit.ScheduledAt);
        foreach (var document in visit.Documents)
        {
            if (ComplianceRules.KindRenewedBy(document.Type) is { } kind)
            {
                yield return new ComplianceEvidence(kind, doneOn, document.ExpiresOn);
            }
            else if (document.Vaccination is { } dose && ComplianceRules.KindAdvancedBy(dose.Series) is { } series)
            {
                yield return new ComplianceEvidence(series, doneOn, null, dose);
            }
        }
    }

    private async Task<ILookup<string, ComplianceEvidence>> EvidenceAsync(CancellationToken cancellationToken)
    {
        var found = await visits.ListAsync(new VisitsWithRenewingResultsSpec(), cancellationToken);
        if (found.Count == 0)
        {
            return Array.Empty<(string, ComplianceEvidence)>().ToLookup(e => e.Item1, e => e.Item2);
        }

        var zones = await clocks.ForLocationsAsync(found[0].CompanyId, cancellationToken);
        var company = await clocks.ForCompanyAsync(found[0].CompanyId, cancellationToken);
        return found
            .SelectMany(v => EvidenceOf(v, zones.TryGetValue(v.LocationCode, out var zone) ? zone : company)
                .Select(e => (Key: Key(v.Employee.EmployeeId!, v.Employee.DateOfBirth), Evidence: e)))
            .ToLookup(e => e.Key, e => e.Evidence);
    }

    private static string Key(string employeeNumber, DateOnly dateOfBirth) => $"{RosterEmployee.NormalizeNumber(employeeNumber)}|{dateOfBirth:yyyy-MM-dd}";
}
