using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Time;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.InjuryCases;

namespace EmployerPortal.Application.InjuryCases;

/// <summary>One case as the list and the case page show it, with its counts as of its location's today.</summary>
public sealed record InjuryCaseSummaryDto(
    Guid Id,
    string ExternalCaseId,
    string EmployeeName,
    string? EmployeeId,
    string LocationCode,
    string LocationName,
    InjuryCaseStatus Status,
    WorkStatus? WorkStatus,
    IReadOnlyList<string> Restrictions,
    DateOnly InjuryDate,
    int DaysSinceInjury,
    int DaysAway,
    int DaysRestricted,
    DateTimeOffset? NextAppointmentAt,
    DateOnly? ExpectedFullDutyOn,
    DateOnly? ClosedOn)
{
    public string WorkStatusName => WorkStatus is { } status ? WorkStatusNames.Of(status) : "Not yet known";
}

/// <summary>A company's locations by code, and "today" in each; a case answers in its own location's dates.</summary>
internal sealed class CaseCalendar(Company company, IReadOnlyDictionary<string, LocalTime> locations, LocalTime companyTime)
{
    public IReadOnlyList<CompanyLocation> Locations => company.Locations;

    public Domain.Common.CompanyId CompanyId => company.Id;

    public LocalTime TimeOf(string locationCode) => locations.TryGetValue(locationCode, out var local) ? local : companyTime;

    public DateOnly TodayAt(string locationCode) => TimeOf(locationCode).Today;

    public string NameOf(string locationCode) => company.FindLocation(locationCode)?.Name ?? locationCode;

    public InjuryCaseSummaryDto Summarize(InjuryCase injuryCase)
    {
        var today = TodayAt(injuryCase.LocationCode);
        var current = injuryCase.CurrentStatus(today);
        var latest = injuryCase.Latest;
        var counts = injuryCase.CountDays(today);
        return new InjuryCaseSummaryDto(
            injuryCase.Id.Value,
            injuryCase.ExternalCaseId,
            injuryCase.Employee.FullName,
            injuryCase.Employee.EmployeeId,
            injuryCase.LocationCode,
            NameOf(injuryCase.LocationCode),
            injuryCase.Status,
            current?.Status,
            current?.Restrictions ?? [],
            injuryCase.Details.InjuryDate,
            injuryCase.DaysSinceInjury(today),
            counts.DaysAway,
            counts.DaysRestricted,
            injuryCase.Status == InjuryCaseStatus.Open ? latest?.NextAppointmentAt : null,
            latest?.ExpectedFullDutyOn,
            injuryCase.ClosedOn);
    }
}

internal static class InjuryCaseCalendars
{
    /// <summary>The signed-in company, its locations' local times and its own.</summary>
    public static async Task<CaseCalendar> ForTenantAsync(IRepository<Company> companies, ICompanyClock companyClock, CancellationToken cancellationToken)
    {
        var company = await companies.FirstOrDefaultAsync(new CurrentCompanySpec(), cancellationToken)
            ?? throw new InvalidOperationException("Injury cases are read for a signed-in company.");
        return new CaseCalendar(
            company,
            await companyClock.ForLocationsAsync(company.Id, cancellationToken),
            await companyClock.ForCompanyAsync(company.Id, cancellationToken));
    }
}
