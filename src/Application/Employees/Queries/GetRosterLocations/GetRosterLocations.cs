using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Application.Employees.Queries.GetCompliance;
using EmployerPortal.Domain.Companies;
using Mediator;

namespace EmployerPortal.Application.Employees.Queries.GetRosterLocations;

/// <summary>The locations the user sees, for the roster's and the compliance page's location filter.</summary>
[RequiresPermission(Permission.ViewRoster)]
public sealed record GetRosterLocationsQuery : IQuery<IReadOnlyList<ComplianceLocation>>;

public sealed class GetRosterLocationsHandler(IRepository<Company> companies, ICurrentUser currentUser) : IQueryHandler<GetRosterLocationsQuery, IReadOnlyList<ComplianceLocation>>
{
    public async ValueTask<IReadOnlyList<ComplianceLocation>> Handle(GetRosterLocationsQuery query, CancellationToken cancellationToken)
    {
        var company = await companies.FirstOrDefaultAsync(new CompanyByIdSpec(currentUser.RequireCompanyId()), cancellationToken);
        return [.. (company?.Locations ?? [])
            .Where(l => currentUser.LocationCodes.Count == 0 || currentUser.LocationCodes.Contains(l.Code))
            .Select(l => new ComplianceLocation(l.Code, l.Name))];
    }
}
