using EmployerPortal.Application.Authorizations.Specifications;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Domain.Authorizations;
using Mediator;

namespace EmployerPortal.Application.Authorizations.Queries.GetServiceCatalog;

/// <summary>The services the create form offers, grouped as the catalog orders them.</summary>
[RequiresPermission(Permission.CreateAuthorizations)]
public sealed record GetServiceCatalogQuery : IQuery<IReadOnlyList<ServiceGroupDto>>;

public sealed record ServiceGroupDto(string Name, IReadOnlyList<CatalogServiceDto> Services);

public sealed record CatalogServiceDto(string Code, string Name, string? DetailLabel, IReadOnlyList<string> DetailChoices)
{
    public bool RequiresDetail => DetailLabel is not null;
}

public sealed class GetServiceCatalogHandler(IRepository<ServiceCatalogEntry> catalog)
    : IQueryHandler<GetServiceCatalogQuery, IReadOnlyList<ServiceGroupDto>>
{
    public async ValueTask<IReadOnlyList<ServiceGroupDto>> Handle(GetServiceCatalogQuery query, CancellationToken cancellationToken)
    {
        var services = await catalog.ListAsync(new ActiveCatalogServicesSpec(), cancellationToken);
        return services
            .GroupBy(s => s.Group, StringComparer.Ordinal)
            .Select(g => new ServiceGroupDto(g.Key, g.Select(s => new CatalogServiceDto(s.Code, s.Name, s.DetailLabel, s.DetailChoices)).ToList()))
            .ToList();
    }
}
