using EmployerPortal.Domain.Common;

namespace EmployerPortal.Domain.Authorizations;

/// <summary>One entry of an authorization's status history; <c>By</c> is the portal user, when a user did it.</summary>
public sealed record AuthorizationStatusChange(AuthorizationStatus Status, DateTimeOffset At, PortalUserId? By);
