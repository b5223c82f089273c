using Ardalis.Specification;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Infrastructure.Persistence.Specifications;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Infrastructure.Persistence;

/// <summary>
/// EF Core repository of an aggregate root; the unit of work commits. Reads see the tenant's company only, unless
/// the message being handled reads across companies.
/// </summary>
internal sealed class Repository<T>(PortalDbContext db) : IRepository<T>, IReadRepository<T>
    where T : class
{
    private IQueryable<T> Source(ISpecification<T> specification)
    {
        var source = db.Tenant.IsAcrossCompanies || specification.IgnoreQueryFilters ? db.Set<T>().AcrossCompanies() : db.Set<T>();
        return specification is Application.Common.Persistence.IWholeCompanySpecification
            ? source.IgnoreQueryFilters([TenantQueryFilters.Location])
            : source;
    }

    public void Add(T aggregate) => db.Set<T>().Add(aggregate);

    public void Remove(T aggregate) => db.Set<T>().Remove(aggregate);

    public Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken) =>
        EfSpecificationEvaluator.GetQuery(Source(specification), specification).FirstOrDefaultAsync(cancellationToken);

    public ValueTask<T?> FindAsync(object id, CancellationToken cancellationToken) => db.Set<T>().FindAsync([id], cancellationToken);

    public Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken) =>
        EfSpecificationEvaluator.GetQuery(Source(specification), specification).ToListAsync(cancellationToken);

    public Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken) =>
        EfSpecificationEvaluator.GetQuery(Source(specification), specification, evaluateCriteriaOnly: true).CountAsync(cancellationToken);

    public Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken) =>
        EfSpecificationEvaluator.GetQuery(Source(specification), specification, evaluateCriteriaOnly: true).AnyAsync(cancellationToken);

    public Task<TResult?> FirstOrDefaultAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken) =>
        EfSpecificationEvaluator.GetQuery(Source(specification).AsNoTracking(), specification).FirstOrDefaultAsync(cancellationToken);

    public Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken) =>
        EfSpecificationEvaluator.GetQuery(Source(specification).AsNoTracking(), specification).ToListAsync(cancellationToken);
}
