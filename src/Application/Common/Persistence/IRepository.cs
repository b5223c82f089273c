using Ardalis.Specification;

namespace EmployerPortal.Application.Common.Persistence;

/// <summary>Reads and writes one kind of aggregate root. Changes are committed by the unit of work.</summary>
public interface IRepository<T>
    where T : class
{
    void Add(T aggregate);

    void Remove(T aggregate);

    Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken);

    /// <summary>
    /// The aggregate with this id as this unit of work holds it — added and not yet saved included — or else as stored
    /// (within the tenant's scope). For domain-event handlers, which run before the commit.
    /// </summary>
    ValueTask<T?> FindAsync(object id, CancellationToken cancellationToken);

    Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken);

    Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken);

    Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken);
}

/// <summary>Read-only projections straight to DTOs, for queries.</summary>
public interface IReadRepository<T>
    where T : class
{
    Task<TResult?> FirstOrDefaultAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken);

    Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken);

    Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken);
}
