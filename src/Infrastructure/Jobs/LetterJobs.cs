using EmployerPortal.Application.Letters.Commands.SendNoShowLetters;
using EmployerPortal.Application.Letters.Commands.SendRecheckReminders;

namespace EmployerPortal.Infrastructure.Jobs;

/// <summary>Every minute, and right after a visit is marked no-show: the no-show letter sweep.</summary>
public sealed class NoShowLetterJob(SystemJobRunner runner)
{
    public const string RecurringId = "letters-no-show";

    public Task RunAsync(CancellationToken cancellationToken) => runner.SendAsync(new SendNoShowLettersCommand(), cancellationToken);
}

/// <summary>Every few minutes, and right after a recheck is booked: the recheck reminder sweep.</summary>
public sealed class RecheckReminderJob(SystemJobRunner runner)
{
    public const string RecurringId = "letters-recheck-reminders";

    public Task RunAsync(CancellationToken cancellationToken) => runner.SendAsync(new SendRecheckRemindersCommand(), cancellationToken);
}
