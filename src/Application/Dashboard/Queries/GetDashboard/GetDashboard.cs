using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Common.Time;
using EmployerPortal.Application.Dashboard.Specifications;
using EmployerPortal.Application.Employees.Compliance;
using EmployerPortal.Application.InjuryCases.Specifications;
using EmployerPortal.Domain.Employees;
using EmployerPortal.Application.Results;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.InjuryCases;
using EmployerPortal.Domain.Results;
using Mediator;

namespace EmployerPortal.Application.Dashboard.Queries.GetDashboard;

/// <summary>
/// The signed-in user's dashboard, every figure a COUNT in the data layer's scope (the company; drug and alcohol
/// documents for DERs only) and every day a local day of the company.
/// </summary>
[RequiresPermission(Permission.ViewDashboard)]
public sealed record GetDashboardQuery : IQuery<DashboardDto>;

public sealed class GetDashboardHandler(
    IResultReadModel results,
    IReadRepository<VisitResult> visits,
    IReadRepository<Authorization> authorizations,
    IRepository<InjuryCase> injuryCases,
    ICurrentUser currentUser,
    ICompanyClock companyClock,
    ComplianceLedger compliance)
    : IQueryHandler<GetDashboardQuery, DashboardDto>
{
    public const int Weeks = 8;
    public const int RecentDays = 30;

    public async ValueTask<DashboardDto> Handle(GetDashboardQuery query, CancellationToken cancellationToken)
    {
        var local = await companyClock.ForTenantAsync(cancellationToken);
        var today = local.Today;
        var recentFrom = today.AddDays(1 - RecentDays);
        return new DashboardDto(
            await results.CountUnreadDocumentsByTypeAsync(currentUser.RequireUserId(), cancellationToken),
            await DayAsync(today, local, cancellationToken),
            await DayAsync(today.AddDays(1), local, cancellationToken),
            await authorizations.CountAsync(new AuthorizationsActiveOnSpec(today), cancellationToken),
            await VisitsPerWeekAsync(today, local, cancellationToken),
            await results.CountDocumentsReceivedByTypeAsync(local.StartOf(recentFrom), cancellationToken),
            recentFrom,
            await OpenCasesByWorkStatusAsync(local, cancellationToken),
            await ComplianceDueAsync(cancellationToken));
    }

    /// <summary>Each work status with its open cases (zeros included), read in each case's location's today.</summary>
    private async Task<IReadOnlyList<WorkStatusCount>> OpenCasesByWorkStatusAsync(LocalTime companyTime, CancellationToken cancellationToken)
    {
        var open = await injuryCases.ListAsync(new InjuryCasesForListSpec(null, InjuryCaseStatus.Open), cancellationToken);
        var locations = await companyClock.ForLocationsAsync(currentUser.CompanyId!.Value, cancellationToken);
        var current = open
            .Select(c => c.CurrentStatus((locations.TryGetValue(c.LocationCode, out var local) ? local : companyTime).Today)?.Status)
            .ToList();
        var counts = Enum.GetValues<WorkStatus>().Select(s => new WorkStatusCount(s, current.Count(c => c == s))).ToList();
        var unknown = current.Count(c => c is null);
        return unknown > 0 ? [.. counts, new WorkStatusCount(null, unknown)] : counts;
    }

    /// <summary>What falls due, for a user who may see the roster (every user today; the matrix decides).</summary>
    private async Task<ComplianceDueDto?> ComplianceDueAsync(CancellationToken cancellationToken)
    {
        if (!currentUser.Can(Permission.ViewRoster))
        {
            return null;
        }

        var (_, rows) = await compliance.ListAsync(cancellationToken);
        return new ComplianceDueDto(rows.Count(r => r.Status == ComplianceStatus.Overdue), rows.Count(r => r.Status == ComplianceStatus.DueIn30Days));
    }

    private async Task<DayVisitsDto> DayAsync(DateOnly date, LocalTime local, CancellationToken cancellationToken)
    {
        var counts = await results.CountVisitsByStatusAsync(local.StartOf(date), local.EndOf(date), cancellationToken);
        return new DayVisitsDto(date, [.. Enum.GetValues<VisitStatus>().Select(s => new VisitStatusCount(s, counts.GetValueOrDefault(s)))]);
    }

    private async Task<IReadOnlyList<WeekVisitsDto>> VisitsPerWeekAsync(DateOnly today, LocalTime local, CancellationToken cancellationToken)
    {
        var weeks = new List<WeekVisitsDto>(Weeks);
        foreach (var week in LocalWeek.EndingWith(today, Weeks, local))
        {
            weeks.Add(new WeekVisitsDto(week.Monday, await visits.CountAsync(new VisitsScheduledBetweenSpec(week.From, week.To), cancellationToken)));
        }

        return weeks;
    }
}
