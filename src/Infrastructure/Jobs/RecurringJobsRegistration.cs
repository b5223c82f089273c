using Hangfire;
using Microsoft.Extensions.Hosting;

namespace EmployerPortal.Infrastructure.Jobs;

/// <summary>Declares the recurring sweeps when a job server starts; declaring them again is harmless.</summary>
public sealed class RecurringJobsRegistration(IRecurringJobManager recurring) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var utc = new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc };
        recurring.AddOrUpdate<EmailOutboxJob>(EmailOutboxJob.RecurringId, job => job.RunAsync(CancellationToken.None), Cron.Minutely(), utc);
        recurring.AddOrUpdate<NoShowLetterJob>(NoShowLetterJob.RecurringId, job => job.RunAsync(CancellationToken.None), Cron.Minutely(), utc);
        recurring.AddOrUpdate<NoticeJob>(NoticeJob.RecurringId, job => job.RunAsync(CancellationToken.None), Cron.Minutely(), utc);
        recurring.AddOrUpdate<RecheckReminderJob>(RecheckReminderJob.RecurringId, job => job.RunAsync(CancellationToken.None), "*/5 * * * *", utc);
        recurring.AddOrUpdate<ReportSubscriptionJob>(ReportSubscriptionJob.RecurringId, job => job.RunAsync(CancellationToken.None), "*/15 * * * *", utc);
        recurring.AddOrUpdate<ComplianceReminderJob>(ComplianceReminderJob.RecurringId, job => job.RunAsync(CancellationToken.None), "0 13 * * *", utc);
        recurring.AddOrUpdate<HousekeepingJob>(HousekeepingJob.RecurringId, job => job.RunAsync(CancellationToken.None), Cron.Daily(3), utc);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
