using System.Linq.Expressions;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace EmployerPortal.Infrastructure.Persistence;

/// <summary>
/// Company scope in the data layer: every entity with a company key (a <c>CompanyId</c> property, mapped or shadow)
/// and the company itself get a query filter that lets through only the tenant's company. Handlers and
/// specifications write no company predicate; a read across companies is named (<see cref="AcrossCompaniesAttribute"/>
/// on a message, <see cref="TenantQueries.AcrossCompanies{T}"/> on a query).
/// </summary>
public static class TenantQueryFilters
{
    /// <summary>The key of the company filter, for <c>IgnoreQueryFilters([...])</c> and the model test.</summary>
    public const string Company = "Company";

    public const string CompanyKey = "CompanyId";

    /// <summary>The key of the filter that hides drug- and alcohol-testing documents from everyone but DERs.</summary>
    public const string DrugAndAlcohol = "DrugAndAlcohol";

    /// <summary>The key of the filter that limits a location-scoped user to their locations' visits, documents and authorizations.</summary>
    public const string Location = "Location";

    /// <summary>Whether an entity type is owned by a company and so must carry the company filter.</summary>
    public static bool IsCompanyOwned(IReadOnlyEntityType entityType) =>
        !entityType.IsOwned()
        && (entityType.ClrType == typeof(Company)
            || entityType.FindProperty(CompanyKey) is { } key && KeyTypes.Contains(key.ClrType));

    private static readonly Type[] KeyTypes = [typeof(CompanyId), typeof(CompanyId?), typeof(Guid), typeof(Guid?)];

    internal static void Apply(ModelBuilder builder, PortalDbContext context)
    {
        var tenantCompany = Expression.Property(Expression.Constant(context), nameof(PortalDbContext.TenantCompanyId));
        var tenantCompanyGuid = Expression.Property(Expression.Constant(context), nameof(PortalDbContext.TenantCompanyGuid));
        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => t.BaseType is null && IsCompanyOwned(t)).ToList())
        {
            var row = Expression.Parameter(entityType.ClrType, "row");
            Expression key = entityType.ClrType == typeof(Company)
                ? Expression.Property(row, nameof(Domain.Companies.Company.Id))
                : Expression.Call(typeof(EF), nameof(EF.Property), [entityType.FindProperty(CompanyKey)!.ClrType], row, Expression.Constant(CompanyKey));
            Expression tenant = key.Type == typeof(CompanyId) ? tenantCompany
                : key.Type == typeof(CompanyId?) ? Expression.Convert(tenantCompany, key.Type)
                : key.Type == typeof(Guid) ? tenantCompanyGuid
                : Expression.Convert(tenantCompanyGuid, key.Type);
            builder.Entity(entityType.ClrType).HasQueryFilter(Company, Expression.Lambda(Expression.Equal(key, tenant), row));
        }

        builder.Entity<Domain.Results.ResultDocument>().HasQueryFilter(DrugAndAlcohol, document => !document.IsDrugAndAlcohol || context.TenantSeesDrugAndAlcohol);
        builder.Entity<Domain.Results.VisitResult>().HasQueryFilter(Location, visit => context.TenantIsCompanyWide || context.TenantLocationCodes.Contains(visit.LocationCode));
        builder.Entity<Domain.InjuryCases.InjuryCase>().HasQueryFilter(Location, injuryCase => context.TenantIsCompanyWide || context.TenantLocationCodes.Contains(injuryCase.LocationCode));
        builder.Entity<Domain.InjuryCases.OshaEstablishment>().HasQueryFilter(Location, establishment => context.TenantIsCompanyWide || context.TenantLocationCodes.Contains(establishment.LocationCode));
        builder.Entity<Domain.Authorizations.Authorization>().HasQueryFilter(Location, authorization => context.TenantIsCompanyWide || context.TenantLocationCodes.Contains(authorization.LocationCode));
        builder.Entity<Domain.Results.ResultDocument>().HasQueryFilter(Location, document =>
            context.TenantIsCompanyWide || context.TenantLocationCodes.Contains(EF.Property<string>(document, Results.ResultSearchColumns.LocationCode)));
        builder.Entity<Domain.Employees.RosterEmployee>().HasQueryFilter(Location, employee =>
            context.TenantIsCompanyWide || employee.LocationCodes.Any(code => context.TenantLocationCodes.Contains(code)));
    }
}

/// <summary>The named opt-out for queries written in infrastructure (sign-in, links that arrive by email).</summary>
public static class TenantQueries
{
    /// <summary>Reads this set across companies: the caller has no tenant yet (sign-in) or works for all of them.</summary>
    public static IQueryable<T> AcrossCompanies<T>(this IQueryable<T> query)
        where T : class => query.IgnoreQueryFilters([TenantQueryFilters.Company]);
}

/// <summary>The tenant of a context made outside any request (tools, design time): every company.</summary>
internal sealed class UnscopedTenant : ITenantContext
{
    public static readonly UnscopedTenant Instance = new();

    public CompanyId? CompanyId => null;

    public bool IsAcrossCompanies => true;

    public bool SeesDrugAndAlcohol => true;

    public IReadOnlyList<string>? LocationCodes => null;

    public IDisposable AcrossCompanies() => NoScope.Instance;

    public IDisposable ForCompany(CompanyId companyId) =>
        throw new InvalidOperationException("A context made outside a request has no tenant to narrow.");

    public IDisposable ForUser(Domain.Users.PortalUser user) =>
        throw new InvalidOperationException("A context made outside a request has no tenant to narrow.");

    private sealed class NoScope : IDisposable
    {
        public static readonly NoScope Instance = new();

        public void Dispose()
        {
        }
    }
}

/// <summary>Keeps the filtered model of request contexts apart from the unfiltered one of contexts made outside a request.</summary>
internal sealed class TenantModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), context is PortalDbContext { AppliesTenantFilters: true }, designTime);
}
