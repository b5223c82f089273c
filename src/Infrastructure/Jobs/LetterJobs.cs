using EmployerPortal.Application.Letters.Commands.SendNoShowLetters;
using EmployerPortal.Application.Letters.Commands.SendRecheckReminders;
using Hangfire;

namespace EmployerPortal.Infrastructure.Jobs;

/// <summary>Every minute, and right after a visit is marked no-show: the no-show letter sweep.</summary>
public sealed class NoShowLetterJob(SystemJobRunner runner, IBackgroundJobClient jobs)
{
    public const string RecurringId = "letters-no-show";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (await runner.SendAsync(new SendNoShowLettersCommand(), cancellationToken) > 0)
        {
            jobs.Enqueue<EmailOutboxJob>(job => job.RunAsync(CancellationToken.None));
        }
    }
}

/// <summary>Every few minutes, and right after a recheck is booked: the recheck reminder sweep.</summary>
public sealed class RecheckReminderJob(SystemJobRunner runner, IBackgroundJobClient jobs)
{
    public const string RecurringId = "letters-recheck-reminders";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (await runner.SendAsync(new SendRecheckRemindersCommand(), cancellationToken) > 0)
        {
            jobs.Enqueue<EmailOutboxJob>(job => job.RunAsync(CancellationToken.None));
        }
    }
}
