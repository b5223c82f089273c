using Ardalis.Specification;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Infrastructure.Persistence.Specifications;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Infrastructure.Persistence;

/// <summary>EF Core repository of an aggregate root; the unit of work commits.</summary>
internal sealed class Repository<T>(PortalDbContext db) : IRepository<T>, IReadRepository<T>
    where T : class
{
    public void Add(T aggregate) => db.Set<T>().Add(aggregate);

    public void Remove(T aggregate) => db.Set<T>().Remove(aggregate);

    public Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken) =>
        EfSpecificationEvaluator.GetQuery(db.Set<T>(), specification).FirstOrDefaultAsync(cancellationToken);

    public Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken) =>
        EfSpecificationEvaluator.GetQuery(db.Set<T>(), specification).ToListAsync(cancellationToken);

    public Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken) =>
        EfSpecificationEvaluator.GetQuery(db.Set<T>(), specification, evaluateCriteriaOnly: true).CountAsync(cancellationToken);

    public Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken) =>
        EfSpecificationEvaluator.GetQuery(db.Set<T>(), specification, evaluateCriteriaOnly: true).AnyAsync(cancellationToken);

    public Task<TResult?> FirstOrDefaultAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken) =>
        EfSpecificationEvaluator.GetQuery(db.Set<T>().AsNoTracking(), specification).FirstOrDefaultAsync(cancellationToken);

    public Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken) =>
        EfSpecificationEvaluator.GetQuery(db.Set<T>().AsNoTracking(), specification).ToListAsync(cancellationToken);
}
