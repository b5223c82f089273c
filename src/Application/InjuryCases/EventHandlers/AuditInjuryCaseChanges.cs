using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Events;
using EmployerPortal.Domain.InjuryCases;

namespace EmployerPortal.Application.InjuryCases.EventHandlers;

/// <summary>Reopening a case and the OSHA decisions go into the company's trail, in the transaction that makes them; no medical detail.</summary>
public sealed class AuditInjuryCaseChanges(IAuditTrail audit) :
    IDomainEventHandler<InjuryCaseReopened>,
    IDomainEventHandler<InjuryCaseOshaRecordingDecided>
{
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
}
