using EmployerPortal.Application.Authorizations;
using EmployerPortal.Application.Authorizations.Specifications;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using Microsoft.Extensions.DependencyInjection;

namespace EmployerPortal.DemoData;

/// <summary>A catalog service code and its detail, for demo data.</summary>
public sealed record ServiceSelectionCode(string Code, string? Detail = null);

/// <summary>
/// Demo data and tests only: an authorization created as of <c>createdAt</c>, so the demo can show one that has since
/// expired (the seeder cannot wait for time to pass). It goes through <see cref="Authorization.Create"/> and all its rules.
/// </summary>
public static class DemoAuthorizationFactory
{
    public static async Task<string> CreateAsync(
        IServiceProvider services,
        CompanyId companyId,
        PortalUserId createdBy,
        Employee employee,
        AuthorizationReason reason,
        InjuryDetails? injury,
        IReadOnlyList<ServiceSelectionCode> selections,
        string? specialInstructions,
        DateOnly validUntil,
        DateTimeOffset createdAt,
        string locationCode = CompanyLocation.MainCode,
        CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        provider.GetRequiredService<ActorContext>().RunAsSystem();
        using var acrossCompanies = provider.GetRequiredService<ITenantContext>().AcrossCompanies();
        var authorizations = provider.GetRequiredService<IRepository<Authorization>>();
        var offered = (await provider.GetRequiredService<IRepository<ServiceCatalogEntry>>().ListAsync(new ActiveCatalogServicesSpec(), cancellationToken))
            .ToDictionary(s => s.Code, StringComparer.Ordinal);
        var number = await provider.GetRequiredService<IAuthorizationNumberGenerator>().NextUnusedAsync(authorizations, cancellationToken);
        authorizations.Add(Authorization.Create(
            companyId,
            locationCode,
            number,
            employee,
            reason,
            injury,
            [.. selections.Select(s => new AuthorizedService(s.Code, offered[s.Code].Name, s.Detail))],
            specialInstructions,
            validUntil,
            createdBy,
            createdAt));
        await provider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(cancellationToken);
        return number.Display;
    }
}
