using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Results.Specifications;
using EmployerPortal.Domain.Results;
using Mediator;

namespace EmployerPortal.Application.Results.Commands.ScheduleRecheck;

/// <summary>Ops sets the next recheck appointment of an injury visit.</summary>
[OpsClient(OpsScopes.Visits)]
[AcrossCompanies("Ops updates visits of any company.")]
public sealed record ScheduleRecheckCommand(string ExternalVisitId, DateTimeOffset? AppointmentAt) : ICommand<RecheckDto>;

public sealed record RecheckDto(string ExternalVisitId, DateTimeOffset? NextRecheckAt);

public sealed class ScheduleRecheckHandler(IRepository<VisitResult> visits, TimeProvider clock)
    : ICommandHandler<ScheduleRecheckCommand, RecheckDto>
{
    public async ValueTask<RecheckDto> Handle(ScheduleRecheckCommand command, CancellationToken cancellationToken)
    {
        var visit = await visits.FirstOrDefaultAsync(new VisitResultByExternalIdSpec(command.ExternalVisitId), cancellationToken)
            ?? throw new NotFoundException("Visit");
        visit.ScheduleRecheck(command.AppointmentAt!.Value, clock.GetUtcNow());
        return new RecheckDto(visit.ExternalVisitId, visit.NextRecheckAt);
    }
}
