using Ardalis.Specification;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
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
    TimeProvider clock) : ICommandHandler<RunDailyHousekeepingCommand, HousekeepingResult>
{
    /// <summary>A temporary file this old is no longer being written by anyone.</summary>
    public static readonly TimeSpan OrphanAge = TimeSpan.FromDays(1);

    public async ValueTask<HousekeepingResult> Handle(RunDailyHousekeepingCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var stale = await authorizations.ListAsync(new ActiveAuthorizationsPastValidUntilSpec(DateOnly.FromDateTime(now.UtcDateTime)), cancellationToken);
        foreach (var authorization in stale)
        {
            authorization.Expire(now);
        }

        var removed = temporaryFiles.RemoveOrphans(now - OrphanAge);
        return new HousekeepingResult(stale.Count, removed);
    }
}

public sealed class ActiveAuthorizationsPastValidUntilSpec : Specification<Authorization>
{
    public ActiveAuthorizationsPastValidUntilSpec(DateOnly today) =>
        Query.Where(a => a.Status == AuthorizationStatus.Active && a.ValidUntil < today);
}
