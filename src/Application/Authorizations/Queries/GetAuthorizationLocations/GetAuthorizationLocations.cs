using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Companies.Locations;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Domain.Companies;
using Mediator;

namespace EmployerPortal.Application.Authorizations.Queries.GetAuthorizationLocations;

/// <summary>The locations the signed-in user may authorize for, the main one first; the form asks only when there are two or more.</summary>
[RequiresPermission(Permission.CreateAuthorizations)]
public sealed record GetAuthorizationLocationsQuery : IQuery<IReadOnlyList<LocationDto>>;

public sealed class GetAuthorizationLocationsHandler(IRepository<Company> companies, ICurrentUser currentUser)
    : IQueryHandler<GetAuthorizationLocationsQuery, IReadOnlyList<LocationDto>>
{
    public async ValueTask<IReadOnlyList<LocationDto>> Handle(GetAuthorizationLocationsQuery query, CancellationToken cancellationToken)
    {
        var company = await companies.FirstOrDefaultAsync(new CurrentCompanySpec(), cancellationToken) ?? throw new NotFoundException("Company");
        return [.. AuthorizationLocations.OfferedTo(company, currentUser).Select(LocationDto.From)];
    }
}
