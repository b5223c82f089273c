using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Events;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Domain.Users;

namespace EmployerPortal.Application.Users.EventHandlers;

/// <summary>Every change of a user's access goes into the company's trail, in the transaction that makes it.</summary>
public sealed class AuditUserAccessChanges(IAuditTrail audit, IRepository<PortalUser> users) :
    IDomainEventHandler<UserInvited>,
    IDomainEventHandler<UserInvitationRevoked>,
    IDomainEventHandler<UserActivated>,
    IDomainEventHandler<UserRoleChanged>,
    IDomainEventHandler<UserDerMarkChanged>,
    IDomainEventHandler<UserLocationsChanged>,
    IDomainEventHandler<UserDisabled>,
    IDomainEventHandler<UserEnabled>
{
    public async Task HandleAsync(UserInvited domainEvent, CancellationToken cancellationToken)
    {
        var user = await users.FindAsync(domainEvent.UserId, cancellationToken);
        audit.Record(domainEvent.CompanyId, AuditActions.UserInvited, nameof(PortalUser), domainEvent.UserId.ToString(), user is null ? null : $"role={user.Role}");
    }

    public Task HandleAsync(UserInvitationRevoked domainEvent, CancellationToken cancellationToken) =>
        Record(domainEvent.CompanyId, AuditActions.InvitationRevoked, domainEvent.UserId);

    public Task HandleAsync(UserActivated domainEvent, CancellationToken cancellationToken) =>
        Record(domainEvent.CompanyId, AuditActions.InvitationAccepted, domainEvent.UserId);

    public Task HandleAsync(UserRoleChanged domainEvent, CancellationToken cancellationToken) =>
        Record(domainEvent.CompanyId, AuditActions.UserRoleChanged, domainEvent.UserId, $"from={domainEvent.From}; to={domainEvent.To}");

    public Task HandleAsync(UserDerMarkChanged domainEvent, CancellationToken cancellationToken) =>
        Record(domainEvent.CompanyId, AuditActions.UserDerMarkChanged, domainEvent.UserId, domainEvent.IsDer ? "der=true" : "der=false");

    /// <summary>Stored as <c>from=all; to=MAIN,PHX</c> ("all" is company-wide).</summary>
    public Task HandleAsync(UserLocationsChanged domainEvent, CancellationToken cancellationToken) =>
        Record(domainEvent.CompanyId, AuditActions.UserLocationsChanged, domainEvent.UserId, $"from={Codes(domainEvent.From)}; to={Codes(domainEvent.To)}");

    private static string Codes(IReadOnlyList<string> codes) => codes.Count == 0 ? "all" : string.Join(',', codes);

    public Task HandleAsync(UserDisabled domainEvent, CancellationToken cancellationToken) =>
        Record(domainEvent.CompanyId, AuditActions.UserDisabled, domainEvent.UserId);

    public Task HandleAsync(UserEnabled domainEvent, CancellationToken cancellationToken) =>
        Record(domainEvent.CompanyId, AuditActions.UserEnabled, domainEvent.UserId);

    private Task Record(Domain.Common.CompanyId companyId, string action, Domain.Common.PortalUserId userId, string? details = null)
    {
        audit.Record(companyId, action, nameof(PortalUser), userId.ToString(), details);
        return Task.CompletedTask;
    }
}
