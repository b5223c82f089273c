using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Companies.Locations;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Domain.Companies;
using Mediator;

namespace EmployerPortal.Application.Companies.Queries.GetMyLocations;

/// <summary>
/// The locations the signed-in user sees (all of the company's, or their own), the main one first: what the authorization
/// form offers, and the location filter of the lists (shown when there are two or more).
/// </summary>
[RequiresPermission(Permission.ViewCompanyAccount)]
public sealed record GetMyLocationsQuery : IQuery<IReadOnlyList<LocationDto>>;

public sealed class GetMyLocationsHandler(IRepository<Company> companies, ICurrentUser currentUser)
    : IQueryHandler<GetMyLocationsQuery, IReadOnlyList<LocationDto>>
{
    public async ValueTask<IReadOnlyList<LocationDto>> Handle(GetMyLocationsQuery query, CancellationToken cancellationToken)
    {
        var company = await companies.FirstOrDefaultAsync(new CurrentCompanySpec(), cancellationToken) ?? throw new NotFoundException("Company");
        return [.. UserLocations.SeenBy(company, currentUser).Select(LocationDto.From)];
    }
}
