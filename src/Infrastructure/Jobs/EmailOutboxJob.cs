using EmployerPortal.Infrastructure.Email;
using EmployerPortal.Infrastructure.Persistence;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EmployerPortal.Infrastructure.Jobs;

/// <summary>
/// Every minute, and right after a sweep queued email: delivers what is due in the outbox. The outbox does its
/// own retries with back-off; a message it gives up on makes this run fail, so ops see it in the dashboard.
/// </summary>
public sealed class EmailOutboxJob(IServiceScopeFactory scopes, TimeProvider clock)
{
    public const string RecurringId = "email-outbox";

    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var startedAt = clock.GetUtcNow();
        await scope.ServiceProvider.GetRequiredService<IOutboxProcessor>().ProcessPendingAsync(cancellationToken);

        var gaveUp = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.Status == OutboxMessageStatus.Failed && m.FailedAt >= startedAt)
            .Select(m => m.Id)
            .ToListAsync(cancellationToken);
        if (gaveUp.Count > 0)
        {
            throw new EmailDeliveryGaveUpException(gaveUp);
        }
    }
}

/// <summary>The outbox stopped retrying these messages; they stay in the outbox, marked failed, with their last error.</summary>
public sealed class EmailDeliveryGaveUpException(IReadOnlyList<Guid> outboxMessageIds)
    : Exception($"Email delivery gave up on outbox message(s) {string.Join(", ", outboxMessageIds)} after the maximum attempts.")
{
    public IReadOnlyList<Guid> OutboxMessageIds { get; } = outboxMessageIds;
}
