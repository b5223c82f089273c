using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Events;
using EmployerPortal.Domain.InjuryCases;

namespace EmployerPortal.Application.InjuryCases.EventHandlers;

/// <summary>Reopening a case, the OSHA decisions and the 300 corrections go into the company's trail, in the transaction that makes them; no medical detail.</summary>
public sealed class AuditInjuryCaseChanges(IAuditTrail audit) :
    IDomainEventHandler<InjuryCaseReopened>,
    IDomainEventHandler<InjuryCaseOshaRecordingDecided>,
    IDomainEventHandler<InjuryCaseOsha300Corrected>,
    IDomainEventHandler<InjuryCaseOsha301Completed>
{
    /// <summary>Which 301 fields the Admin filled in or changed, by name only.</summary>
    public Task HandleAsync(InjuryCaseOsha301Completed domainEvent, CancellationToken cancellationToken) =>
        RecordChangedFields(domainEvent.CompanyId, InjuryCaseAuditActions.Osha301Completed, domainEvent.InjuryCaseId, domainEvent.ChangedFields);

    /// <summary>Which 300 values the Admin corrected, by name only (the values are medical).</summary>
    public Task HandleAsync(InjuryCaseOsha300Corrected domainEvent, CancellationToken cancellationToken) =>
        RecordChangedFields(domainEvent.CompanyId, InjuryCaseAuditActions.Osha300Corrected, domainEvent.InjuryCaseId, domainEvent.ChangedFields);

    public Task HandleAsync(InjuryCaseReopened domainEvent, CancellationToken cancellationToken)
    {
        audit.Record(domainEvent.CompanyId, InjuryCaseAuditActions.CaseReopened, nameof(InjuryCase), domainEvent.InjuryCaseId.ToString());
        return Task.CompletedTask;
    }

    public Task HandleAsync(InjuryCaseOshaRecordingDecided domainEvent, CancellationToken cancellationToken)
    {
        audit.Record(
            domainEvent.CompanyId,
            InjuryCaseAuditActions.OshaRecordingDecided,
            nameof(InjuryCase),
            domainEvent.InjuryCaseId.ToString(),
            $"recordable={(domainEvent.Recordable ? "yes" : "no")}; privacy case={(domainEvent.PrivacyCase ? "yes" : "no")}");
        return Task.CompletedTask;
    }

    private Task RecordChangedFields(Domain.Common.CompanyId companyId, string action, InjuryCaseId caseId, IReadOnlyList<string> changedFields)
    {
        audit.Record(companyId, action, nameof(InjuryCase), caseId.ToString(), "changed: " + string.Join(", ", changedFields));
        return Task.CompletedTask;
    }
}
