using EmployerPortal.Domain.Common;

namespace EmployerPortal.Application.Common.Events;

/// <summary>
/// Reacts to a domain event before the change that raised it is committed, in the same transaction: what it adds
/// (an audit entry, an outbox message, a token) lands with the change or not at all, and if it throws the change is
/// rolled back. It sees the aggregates of the unit of work as they are, saved or not.
/// </summary>
public interface IDomainEventHandler<in TEvent>
    where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}

/// <summary>
/// Reacts to a domain event once the change that raised it has been committed: work that must see the committed
/// state, such as enqueueing a background job. A failure here cannot undo the change.
/// </summary>
public interface ICommittedEventHandler<in TEvent>
    where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}
