using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Events;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Domain.Authorizations;

namespace EmployerPortal.Application.Authorizations.EventHandlers;

/// <summary>Creating, voiding and emailing an authorization go into the company's trail, in the transaction that makes them.</summary>
public sealed class AuditAuthorizationChanges(IAuditTrail audit, IRepository<Authorization> authorizations) :
    IDomainEventHandler<AuthorizationCreated>,
    IDomainEventHandler<AuthorizationVoided>,
    IDomainEventHandler<AuthorizationEmailed>
{
    public Task HandleAsync(AuthorizationCreated domainEvent, CancellationToken cancellationToken)
    {
        audit.Record(domainEvent.CompanyId, AuditActions.AuthorizationCreated, nameof(Authorization), domainEvent.AuthorizationId.ToString());
        return Task.CompletedTask;
    }

    /// <summary>With the reason the Admin gave, in their words.</summary>
    public async Task HandleAsync(AuthorizationVoided domainEvent, CancellationToken cancellationToken)
    {
        var authorization = await authorizations.FindAsync(domainEvent.AuthorizationId, cancellationToken);
        audit.Record(
            domainEvent.CompanyId,
            AuditActions.AuthorizationVoided,
            nameof(Authorization),
            domainEvent.AuthorizationId.ToString(),
            authorization?.VoidReason is { } reason ? $"Reason: {reason}" : null);
    }

    /// <summary>Says which address was used in words, never the address itself.</summary>
    public async Task HandleAsync(AuthorizationEmailed domainEvent, CancellationToken cancellationToken)
    {
        var authorization = await authorizations.FindAsync(domainEvent.AuthorizationId, cancellationToken);
        var onFile = string.Equals(authorization?.Employee.Email?.Trim(), domainEvent.To, StringComparison.OrdinalIgnoreCase);
        audit.Record(
            domainEvent.CompanyId,
            AuditActions.AuthorizationEmailed,
            nameof(Authorization),
            domainEvent.AuthorizationId.ToString(),
            onFile ? "to the employee's email on file" : "to an address typed at send time");
    }
}
