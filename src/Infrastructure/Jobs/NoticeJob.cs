using EmployerPortal.Application.Notices.Commands.SendComplianceReminders;
using EmployerPortal.Application.Notices.Commands.SendDueNotices;
using Hangfire;

namespace EmployerPortal.Infrastructure.Jobs;

/// <summary>
/// Every minute: the notice sweep, immediate notices and the digests whose morning has come. Deliberately not
/// triggered per upload: what arrives within the minute goes out as one email per recipient.
/// </summary>
public sealed class NoticeJob(SystemJobRunner runner, IBackgroundJobClient jobs)
{
    public const string RecurringId = "notices";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (await runner.SendAsync(new SendDueNoticesCommand(), cancellationToken) > 0)
        {
            jobs.Enqueue<EmailOutboxJob>(job => job.RunAsync(CancellationToken.None));
        }
    }
}

/// <summary>Daily: the compliance reminder sweep (items overdue or due within 30 days that a user was not told of).</summary>
public sealed class ComplianceReminderJob(SystemJobRunner runner, IBackgroundJobClient jobs)
{
    public const string RecurringId = "compliance-reminders";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (await runner.SendAsync(new SendComplianceRemindersCommand(), cancellationToken) > 0)
        {
            jobs.Enqueue<EmailOutboxJob>(job => job.RunAsync(CancellationToken.None));
        }
    }
}
