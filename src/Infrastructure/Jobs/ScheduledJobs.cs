using EmployerPortal.Application.Housekeeping.Commands.RunDailyHousekeeping;
using EmployerPortal.Application.Reports.Commands.DeliverSubscribedReports;
using Hangfire;

namespace EmployerPortal.Infrastructure.Jobs;

/// <summary>Every fifteen minutes: delivers the report subscriptions that are due.</summary>
public sealed class ReportSubscriptionJob(SystemJobRunner runner, IBackgroundJobClient jobs)
{
    public const string RecurringId = "reports-subscriptions";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (await runner.SendAsync(new DeliverSubscribedReportsCommand(), cancellationToken) > 0)
        {
            jobs.Enqueue<EmailOutboxJob>(job => job.RunAsync(CancellationToken.None));
        }
    }
}

/// <summary>Daily at 03:00 UTC: expire stale authorizations, remove orphaned temporary files.</summary>
public sealed class HousekeepingJob(SystemJobRunner runner)
{
    public const string RecurringId = "housekeeping-daily";

    public Task RunAsync(CancellationToken cancellationToken) => runner.SendAsync(new RunDailyHousekeepingCommand(), cancellationToken);
}
