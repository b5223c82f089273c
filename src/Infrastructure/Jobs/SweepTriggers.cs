using EmployerPortal.Application.Common.Events;
using EmployerPortal.Domain.Results;
using Hangfire;

namespace EmployerPortal.Infrastructure.Jobs;

/// <summary>Runs the no-show sweep as soon as a visit is marked no-show, rather than at the next minute.</summary>
public sealed class RunNoShowSweepWhenVisitMarkedNoShow(IBackgroundJobClient jobs) : ICommittedEventHandler<VisitMarkedNoShow>
{
    public Task HandleAsync(VisitMarkedNoShow domainEvent, CancellationToken cancellationToken)
    {
        jobs.Enqueue<NoShowLetterJob>(job => job.RunAsync(CancellationToken.None));
        return Task.CompletedTask;
    }
}

/// <summary>Runs the recheck sweep as soon as a recheck is booked: a reminder is due at once when it is close.</summary>
public sealed class RunRecheckSweepWhenRecheckScheduled(IBackgroundJobClient jobs) : ICommittedEventHandler<RecheckScheduled>
{
    public Task HandleAsync(RecheckScheduled domainEvent, CancellationToken cancellationToken)
    {
        jobs.Enqueue<RecheckReminderJob>(job => job.RunAsync(CancellationToken.None));
        return Task.CompletedTask;
    }
}
