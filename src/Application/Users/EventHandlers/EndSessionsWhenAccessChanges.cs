using EmployerPortal.Application.Common.Events;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Users;

namespace EmployerPortal.Application.Users.EventHandlers;

/// <summary>
/// A change to what a user may do ends their open sessions in the transaction that makes it: the role and DER mark in a
/// cookie are never stale, and a disabled user or a suspended company's users are refused at their next request.
/// </summary>
public sealed class EndSessionsWhenAccessChanges(IUserSessions sessions) :
    IDomainEventHandler<UserDisabled>,
    IDomainEventHandler<UserRoleChanged>,
    IDomainEventHandler<UserDerMarkChanged>,
    IDomainEventHandler<UserLocationsChanged>,
    IDomainEventHandler<CompanySuspended>
{
    public Task HandleAsync(UserDisabled domainEvent, CancellationToken cancellationToken) =>
        sessions.EndAllAsync(domainEvent.UserId, SessionEndReason.UserDisabled, cancellationToken);

    public Task HandleAsync(UserRoleChanged domainEvent, CancellationToken cancellationToken) =>
        sessions.EndAllAsync(domainEvent.UserId, SessionEndReason.RoleChanged, cancellationToken);

    public Task HandleAsync(UserDerMarkChanged domainEvent, CancellationToken cancellationToken) =>
        sessions.EndAllAsync(domainEvent.UserId, SessionEndReason.DerMarkChanged, cancellationToken);

    public Task HandleAsync(UserLocationsChanged domainEvent, CancellationToken cancellationToken) =>
        sessions.EndAllAsync(domainEvent.UserId, SessionEndReason.LocationsChanged, cancellationToken);

    public Task HandleAsync(CompanySuspended domainEvent, CancellationToken cancellationToken) =>
        sessions.EndAllOfCompanyAsync(domainEvent.CompanyId, SessionEndReason.CompanySuspended, cancellationToken);
}
