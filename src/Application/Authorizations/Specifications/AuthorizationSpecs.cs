using EmployerPortal.Application.Common.Persistence;
using Ardalis.Specification;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Common;

namespace EmployerPortal.Application.Authorizations.Specifications;

/// <summary>One authorization; another company's is simply not found (the tenant filter).</summary>
public sealed class AuthorizationByIdSpec : SingleResultSpecification<Authorization>
{
    public AuthorizationByIdSpec(AuthorizationId id) => Query.Where(a => a.Id == id);
}

/// <summary>The authorization with this number, whatever the company: the number is unique across the portal.</summary>
public sealed class AuthorizationByNumberSpec : SingleResultSpecification<Authorization>
{
    public AuthorizationByNumberSpec(AuthorizationNumber number) => Query.Where(a => a.Number == number).AcrossCompanies();
}

/// <summary>The services an employer can choose today, in catalog order.</summary>
public sealed class ActiveCatalogServicesSpec : Specification<ServiceCatalogEntry>
{
    public ActiveCatalogServicesSpec() => Query.Where(s => s.IsActive).OrderBy(s => s.SortOrder).ThenBy(s => s.Code);
}
