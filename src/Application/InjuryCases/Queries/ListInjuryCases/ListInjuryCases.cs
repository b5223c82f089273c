using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Common.Time;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Application.InjuryCases.Specifications;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.InjuryCases;
using Mediator;

namespace EmployerPortal.Application.InjuryCases.Queries.ListInjuryCases;

/// <summary>The injury cases the user sees (their locations only, when limited): open cases first, newest injury first.</summary>
[RequiresPermission(Permission.ViewInjuryCases)]
public sealed record ListInjuryCasesQuery(string? LocationCode = null, InjuryCaseStatus? Status = null, WorkStatus? WorkStatus = null)
    : IQuery<InjuryCaseListDto>;

public sealed record InjuryCaseListDto(IReadOnlyList<InjuryCaseSummaryDto> Cases, IReadOnlyList<CaseLocationDto> Locations);

/// <summary>A location the user may filter by.</summary>
public sealed record CaseLocationDto(string Code, string Name);

public sealed class ListInjuryCasesHandler(
    IRepository<InjuryCase> injuryCases,
    IRepository<Company> companies,
    ICompanyClock companyClock,
    ITenantContext tenant) : IQueryHandler<ListInjuryCasesQuery, InjuryCaseListDto>
{
    public async ValueTask<InjuryCaseListDto> Handle(ListInjuryCasesQuery query, CancellationToken cancellationToken)
    {
        var calendar = await InjuryCaseCalendars.ForTenantAsync(companies, companyClock, cancellationToken);
        var cases = await injuryCases.ListAsync(new InjuryCasesForListSpec(query.LocationCode, query.Status), cancellationToken);
        var summaries = cases.Select(calendar.Summarize)
            .Where(c => query.WorkStatus is null || (c.Status == InjuryCaseStatus.Open && c.WorkStatus == query.WorkStatus))
            .OrderBy(c => c.Status)
            .ThenByDescending(c => c.InjuryDate)
            .ThenBy(c => c.EmployeeName, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var locations = calendar.Locations
            .Where(l => tenant.LocationCodes is null || tenant.LocationCodes.Contains(l.Code))
            .Select(l => new CaseLocationDto(l.Code, l.Name))
            .ToList();
        return new InjuryCaseListDto(summaries, locations);
    }
}
