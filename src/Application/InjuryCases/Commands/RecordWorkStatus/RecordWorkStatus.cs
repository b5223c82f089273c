using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.InjuryCases.Specifications;
using EmployerPortal.Application.Results.Specifications;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.InjuryCases;
using EmployerPortal.Domain.Results;
using Mediator;

namespace EmployerPortal.Application.InjuryCases.Commands.RecordWorkStatus;

/// <summary>
/// Ops sends the work status the clinician set at an injury visit (DESIGN §7). Sending the same status again changes
/// nothing; <see cref="CaseClosed"/> closes the case from <see cref="EffectiveFrom"/>.
/// </summary>
[OpsClient(OpsScopes.Visits)]
[AcrossCompanies("Ops records work statuses for visits of any company.")]
public sealed record RecordWorkStatusCommand(
    string ExternalVisitId,
    string? Status,
    IReadOnlyList<string?>? Restrictions,
    DateOnly? EffectiveFrom,
    DateTimeOffset? NextAppointmentAt,
    DateOnly? ExpectedFullDutyOn,
    bool? CaseClosed) : ICommand<RecordedWorkStatus>;

/// <summary>The case after the status: <see cref="Changed"/> is false for a status sent before.</summary>
public sealed record RecordedWorkStatus(
    string ExternalVisitId,
    string ExternalCaseId,
    string CaseStatus,
    string WorkStatus,
    IReadOnlyList<string> Restrictions,
    DateOnly EffectiveFrom,
    bool Changed);

public sealed class RecordWorkStatusHandler(
    IRepository<VisitResult> visits,
    IRepository<InjuryCase> injuryCases,
    ITenantContext tenant,
    TimeProvider clock) : ICommandHandler<RecordWorkStatusCommand, RecordedWorkStatus>
{
    public async ValueTask<RecordedWorkStatus> Handle(RecordWorkStatusCommand command, CancellationToken cancellationToken)
    {
        var visit = await visits.FirstOrDefaultAsync(new VisitResultByExternalIdSpec(command.ExternalVisitId), cancellationToken)
            ?? throw new NotFoundException("Visit");
        if (visit.Category != VisitCategory.Injury)
        {
            throw new ConflictException($"Visit {visit.ExternalVisitId} is not an injury visit; only injury visits carry a work status.");
        }

        InjuryCase injuryCase;
        using (tenant.ForCompany(visit.CompanyId))
        {
            injuryCase = await injuryCases.FirstOrDefaultAsync(new InjuryCaseByVisitSpec(visit.Id), cancellationToken)
                ?? throw new ConflictException($"Visit {visit.ExternalVisitId} belongs to no injury case; register it again with its injuryCase first.");
        }

        var status = Enum.Parse<WorkStatus>(command.Status!, ignoreCase: true);
        var restrictions = (command.Restrictions ?? []).Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r!.Trim()).ToList();
        bool changed;
        try
        {
            changed = injuryCase.RecordWorkStatus(
                status, restrictions, command.EffectiveFrom!.Value, command.NextAppointmentAt, command.ExpectedFullDutyOn, visit.Id, command.CaseClosed ?? false, clock.GetUtcNow());
        }
        catch (BusinessRuleViolationException broken) when (FieldOf(broken.BrokenRule) is { } field)
        {
            throw ValidationFailedException.ForField(field, broken.Message);
        }

        return new RecordedWorkStatus(
            visit.ExternalVisitId, injuryCase.ExternalCaseId, injuryCase.Status.ToString(), status.ToString(), restrictions, command.EffectiveFrom.Value, changed);
    }

    /// <summary>The rules that judge the input itself answer 400 beside their field; the case's state answers 409.</summary>
    private static string? FieldOf(IBusinessRule rule) => rule switch
    {
        WorkStatusCannotPrecedeTheInjury => nameof(RecordWorkStatusCommand.EffectiveFrom),
        ModifiedDutyNeedsARestriction or OnlyModifiedDutyHasRestrictions => nameof(RecordWorkStatusCommand.Restrictions),
        _ => null,
    };
}
