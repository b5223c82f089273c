using System.Diagnostics;
using EmployerPortal.Application.Common.Email;
using EmployerPortal.Infrastructure.Persistence;
using EmployerPortal.Infrastructure.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EmployerPortal.Infrastructure.Email;

/// <summary>Delivers what is due in the email outbox. Called by the recurring Hangfire job <c>EmailOutboxJob</c>.</summary>
public interface IOutboxProcessor
{
    /// <summary>Sends the messages that are due; returns how many were sent.</summary>
    Task<int> ProcessPendingAsync(CancellationToken cancellationToken);
}

/// <summary>
/// One sweep of the outbox. Each due message is first claimed with a conditional update (a lease), so sweeps
/// running at the same time on any number of nodes never send the same message twice; a sweep that dies
/// mid-send leaves a lease that expires, and the message is tried again under the same Message-ID.
/// A failure is retried with exponential back-off and, after <see cref="EmailOptions.MaxAttempts"/>, marked
/// failed with its last error: never dropped silently.
/// </summary>
public sealed partial class OutboxProcessor(
    PortalDbContext db,
    IEmailSender sender,
    TimeProvider clock,
    IOptions<EmailOptions> options,
    ILogger<OutboxProcessor> logger) : IOutboxProcessor
{
    public async Task<int> ProcessPendingAsync(CancellationToken cancellationToken)
    {
        using var activity = PortalTelemetry.Source.StartActivity("email.outbox.sweep");
        var started = Stopwatch.GetTimestamp();
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var candidates = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Status == OutboxMessageStatus.Pending && m.NextAttemptAt <= now && (m.LeasedUntil == null || m.LeasedUntil < now))
            .OrderBy(m => m.NextAttemptAt)
            .Select(m => m.Id)
            .Take(settings.BatchSize)
            .ToListAsync(cancellationToken);

        var sent = 0;
        foreach (var id in candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await TryClaimAsync(id, settings.LeaseDuration, cancellationToken) is not { } message)
            {
                continue;
            }

            if (await DeliverAsync(message, settings, cancellationToken))
            {
                sent++;
            }
        }

        activity?.SetTag("portal.email.due", candidates.Count);
        activity?.SetTag("portal.email.sent", sent);
        PortalTelemetry.OutboxSweepDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
        return sent;
    }

    /// <summary>Takes the row if it is still due and nobody holds it; the update's row count says who won.</summary>
    private async Task<OutboxMessage?> TryClaimAsync(Guid id, TimeSpan leaseDuration, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var leaseId = Guid.NewGuid();
        var leasedUntil = now + leaseDuration;
        var claimed = await db.OutboxMessages
            .Where(m => m.Id == id && m.Status == OutboxMessageStatus.Pending && m.NextAttemptAt <= now && (m.LeasedUntil == null || m.LeasedUntil < now))
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(m => m.LeaseId, leaseId)
                    .SetProperty(m => m.LeasedUntil, leasedUntil)
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1),
                cancellationToken);
        if (claimed == 0)
        {
            return null;
        }

        var message = await db.OutboxMessages.Include(m => m.Attachments).SingleAsync(m => m.Id == id, cancellationToken);
        return message.LeaseId == leaseId ? message : null;
    }

    private async Task<bool> DeliverAsync(OutboxMessage message, EmailOptions settings, CancellationToken cancellationToken)
    {
        bool delivered;
        // The message's id and attempt only: never its recipients, subject or body.
        using var activity = PortalTelemetry.Source.StartActivity("email.outbox.send");
        activity?.SetTag("portal.email.message_id", message.Id);
        activity?.SetTag("portal.email.attempt", message.Attempts);
        try
        {
            await sender.SendAsync(message.ToEmail(), message.MessageId, cancellationToken);
            message.MarkSent(clock.GetUtcNow());
            delivered = true;
            PortalTelemetry.EmailsSent.Add(1);
            LogSent(logger, message.Id, message.Attempts);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            message.MarkAttemptFailed($"{ex.GetType().Name}: {ex.Message}", clock.GetUtcNow(), settings.MaxAttempts, settings.RetryBaseDelay);
            delivered = false;
            var gaveUp = message.Status == OutboxMessageStatus.Failed;
            PortalTelemetry.EmailFailures.Add(1, new KeyValuePair<string, object?>(PortalTelemetry.OutcomeTag, gaveUp ? "gave_up" : "retry"));
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            if (gaveUp)
            {
                LogGaveUp(logger, message.Id, message.Attempts, ex);
            }
            else
            {
                LogRetry(logger, message.Id, message.Attempts, message.NextAttemptAt, ex);
            }
        }

        await db.SaveChangesAsync(CancellationToken.None);
        db.Entry(message).State = EntityState.Detached;
        return delivered;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox message {OutboxMessageId} sent (attempt {Attempt})")]
    private static partial void LogSent(ILogger logger, Guid outboxMessageId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {OutboxMessageId} failed (attempt {Attempt}); retrying at {NextAttemptAt}")]
    private static partial void LogRetry(ILogger logger, Guid outboxMessageId, int attempt, DateTimeOffset nextAttemptAt, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {OutboxMessageId} failed for good after {Attempt} attempts")]
    private static partial void LogGaveUp(ILogger logger, Guid outboxMessageId, int attempt, Exception exception);
}
