using Ardalis.Specification;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Common.Time;
using EmployerPortal.Domain.Authorizations;
using Mediator;

namespace EmployerPortal.Application.Housekeeping.Commands.RunDailyHousekeeping;

/// <summary>
/// Once a day: stores the expiry of active authorizations past their valid-until date, removes orphaned temporary
/// files, sessions finished a month ago and notices sent three months ago. The audit trail is never touched: it is
/// append-only.
/// </summary>
[SystemOnly]
[AcrossCompanies("The daily sweep expires authorizations of every company.")]
public sealed record RunDailyHousekeepingCommand : ICommand<HousekeepingResult>;

public sealed record HousekeepingResult(int AuthorizationsExpired, int TemporaryFilesRemoved, int SessionsRemoved, int NoticesRemoved);

public sealed class RunDailyHousekeepingHandler(
    IRepository<Authorization> authorizations,
    ITemporaryFiles temporaryFiles,
    IFinishedRecords finished,
    ICompanyClock companyClock,
    TimeProvider clock) : ICommandHandler<RunDailyHousekeepingCommand, HousekeepingResult>
{
    /// <summary>A temporary file this old is no longer being written by anyone.</summary>
    public static readonly TimeSpan OrphanAge = TimeSpan.FromDays(1);

    /// <summary>How long an ended or expired session is kept (for questions about recent sign-ins).</summary>
    public static readonly TimeSpan FinishedSessionAge = TimeSpan.FromDays(30);

    /// <summary>How long a sent notice is kept (it says who was told of which document, and when).</summary>
    public static readonly TimeSpan SentNoticeAge = TimeSpan.FromDays(90);

    public async ValueTask<HousekeepingResult> Handle(RunDailyHousekeepingCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // Candidates by the UTC date plus a day (no zone is more than a day ahead); each company's own "today" decides.
        var candidates = await authorizations.ListAsync(new ActiveAuthorizationsPastValidUntilSpec(DateOnly.FromDateTime(now.UtcDateTime).AddDays(1)), cancellationToken);
        var expired = 0;
        foreach (var authorization in candidates)
        {
            var localNow = (await companyClock.ForCompanyAsync(authorization.CompanyId, cancellationToken)).Now;
            if (authorization.IsExpiredAt(localNow))
            {
                authorization.Expire(localNow);
                expired++;
            }
        }

        var removed = temporaryFiles.RemoveOrphans(now - OrphanAge);
        var sessions = await finished.RemoveSessionsFinishedBeforeAsync(now - FinishedSessionAge, cancellationToken);
        var notices = await finished.RemoveNoticesSentBeforeAsync(now - SentNoticeAge, cancellationToken);
        return new HousekeepingResult(expired, removed, sessions, notices);
    }
}

public sealed class ActiveAuthorizationsPastValidUntilSpec : Specification<Authorization>
{
    public ActiveAuthorizationsPastValidUntilSpec(DateOnly today) =>
        Query.Where(a => a.Status == AuthorizationStatus.Active && a.ValidUntil < today);
}
