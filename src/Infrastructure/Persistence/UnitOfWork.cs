using System.Reflection;
using EmployerPortal.Application.Common.Events;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EmployerPortal.Infrastructure.Persistence;

/// <summary>
/// Commits the scope's changes with their consequences in one transaction: the domain events raised are handed to
/// the in-process handlers first (rounds, while handlers raise more), then one SaveChanges writes it all — or,
/// when a handler throws, nothing. Handlers of the committed state run after the commit.
/// </summary>
internal sealed class UnitOfWork(PortalDbContext db, IServiceProvider services) : IUnitOfWork
{
    private const int MaxDispatchRounds = 5;

    public async Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        var raised = new List<IDomainEvent>();
        for (var round = 0; ; round++)
        {
            var events = TakeDomainEvents();
            if (events.Count == 0)
            {
                break;
            }

            if (round == MaxDispatchRounds)
            {
                throw new InvalidOperationException("Domain events kept raising further events; giving up after several rounds.");
            }

            foreach (var domainEvent in events)
            {
                await DispatchAsync(typeof(IDomainEventHandler<>), domainEvent, cancellationToken);
            }

            raised.AddRange(events);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException("This record was changed by someone else. Reload it and try again.");
        }
        catch (DbUpdateException collision) when (UniqueKeyViolations.IsUniqueKeyViolation(collision))
        {
            throw new DuplicateRecordException("The same record was just saved by another request; nothing was changed. Reload to see it.", collision);
        }

        foreach (var domainEvent in raised)
        {
            await DispatchAsync(typeof(ICommittedEventHandler<>), domainEvent, cancellationToken);
        }
    }

    private List<IDomainEvent> TakeDomainEvents()
    {
        var sources = db.ChangeTracker.Entries<IHasDomainEvents>()
            .Select(e => e.Entity)
            .Where(e => e.DomainEvents.Count > 0)
            .ToList();
        var events = sources.SelectMany(s => s.DomainEvents).ToList();
        sources.ForEach(s => s.ClearDomainEvents());
        return events;
    }

    private async Task DispatchAsync(Type openHandlerType, IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        var handlerType = openHandlerType.MakeGenericType(domainEvent.GetType());
        var handle = handlerType.GetMethod(nameof(IDomainEventHandler<IDomainEvent>.HandleAsync))!;
        foreach (var handler in services.GetServices(handlerType))
        {
            await (Task)handle.Invoke(handler, BindingFlags.DoNotWrapExceptions, binder: null, [domainEvent, cancellationToken], culture: null)!;
        }
    }
}
