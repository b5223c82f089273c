using Ardalis.Specification;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Common.Time;
using EmployerPortal.Domain.Authorizations;
using Mediator;

namespace EmployerPortal.Application.Housekeeping.Commands.RunDailyHousekeeping;

/// <summary>
/// Once a day: stores the expiry of active authorizations past their valid-until date and removes orphaned
/// temporary files. The audit trail is never touched: it is append-only.
/// </summary>
[SystemOnly]
[AcrossCompanies("The daily sweep expires authorizations of every company.")]
public sealed record RunDailyHousekeepingCommand : ICommand<HousekeepingResult>;

public sealed record HousekeepingResult(int AuthorizationsExpired, int TemporaryFilesRemoved);

public sealed class RunDailyHousekeepingHandler(
    IRepository<Authorization> authorizations,
    ITemporaryFiles temporaryFiles,
    ICompanyClock companyClock,
    TimeProvider clock) : ICommandHandler<RunDailyHousekeepingCommand, HousekeepingResult>
{
    /// <summary>A temporary file this old is no longer being written by anyone.</summary>
    public static readonly TimeSpan OrphanAge = TimeSpan.FromDays(1);

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
        return new HousekeepingResult(expired, removed);
    }
}

public sealed class ActiveAuthorizationsPastValidUntilSpec : Specification<Authorization>
{
    public ActiveAuthorizationsPastValidUntilSpec(DateOnly today) =>
        Query.Where(a => a.Status == AuthorizationStatus.Active && a.ValidUntil < today);
}
