using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Events;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EmployerPortal.Infrastructure.Persistence;

/// <summary>
/// Saves the scope's changes, then dispatches the domain events they raised. Handlers that change more
/// state are committed in a following round, so an event's consequences are never lost or saved early.
/// </summary>
internal sealed class UnitOfWork(PortalDbContext db, IServiceProvider services) : IUnitOfWork
{
    private const int MaxDispatchRounds = 5;

    public async Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        for (var round = 0; round < MaxDispatchRounds; round++)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                throw new ConcurrencyConflictException("This record was changed by someone else. Reload it and try again.");
            }

            var events = TakeDomainEvents();
            if (events.Count == 0)
            {
                return;
            }

            foreach (var domainEvent in events)
            {
                await DispatchAsync(domainEvent, cancellationToken);
            }
        }

        throw new InvalidOperationException("Domain events kept raising further events; giving up after several rounds.");
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

    private async Task DispatchAsync(IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        var handlerType = typeof(IDomainEventHandler<>).MakeGenericType(domainEvent.GetType());
        foreach (var handler in services.GetServices(handlerType))
        {
            await (Task)handlerType.GetMethod(nameof(IDomainEventHandler<IDomainEvent>.HandleAsync))!
                .Invoke(handler, [domainEvent, cancellationToken])!;
        }
    }
}
