using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Results.Specifications;
using EmployerPortal.Domain.Results;
using Mediator;

namespace EmployerPortal.Application.Results.Commands.ChangeVisitStatus;

/// <summary>Ops reports the visit's new status (checked in, in progress, completed, no-show, cancelled).</summary>
[OpsClient(OpsScopes.Visits)]
[AcrossCompanies("Ops updates visits of any company.")]
public sealed record ChangeVisitStatusCommand(string ExternalVisitId, string? Status, DateTimeOffset? At) : ICommand<VisitStatusDto>;

public sealed record VisitStatusDto(string ExternalVisitId, string Status, IReadOnlyList<VisitTimelineEntryDto> Timeline);

public sealed record VisitTimelineEntryDto(string Status, DateTimeOffset At);

public sealed class ChangeVisitStatusHandler(IRepository<VisitResult> visits, TimeProvider clock)
    : ICommandHandler<ChangeVisitStatusCommand, VisitStatusDto>
{
    public async ValueTask<VisitStatusDto> Handle(ChangeVisitStatusCommand command, CancellationToken cancellationToken)
    {
        var visit = await visits.FirstOrDefaultAsync(new VisitResultByExternalIdSpec(command.ExternalVisitId), cancellationToken)
            ?? throw new NotFoundException("Visit");
        visit.ChangeStatus(Enum.Parse<VisitStatus>(command.Status!, ignoreCase: true), command.At ?? clock.GetUtcNow());
        return new VisitStatusDto(
            visit.ExternalVisitId,
            visit.Status.ToString(),
            [.. visit.StatusTimeline.Select(t => new VisitTimelineEntryDto(t.Status.ToString(), t.At))]);
    }
}
