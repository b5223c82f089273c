using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Users;

namespace EmployerPortal.Application.Common.Security;

/// <summary>
/// Lets code outside a request (scheduled jobs, demo data) say who it acts as for the rest of its scope.
/// Inside a request the host's own user applies.
/// </summary>
public sealed class ActorContext
{
    public ICurrentUser? Override { get; private set; }

    public void RunAs(ICurrentUser actor) => Override = actor;

    public void RunAsSystem() => Override = FixedActor.System;
}

/// <summary>An actor that does not come from a request.</summary>
public sealed record FixedActor(
    ActorKind Kind,
    PortalUserId? UserId = null,
    CompanyId? CompanyId = null,
    UserRole? Role = null,
    string? OpsClientName = null,
    bool IsDer = false) : ICurrentUser
{
    public static readonly FixedActor System = new(ActorKind.System);

    public IReadOnlySet<string> OpsScopes { get; init; } = new HashSet<string>();

    public IReadOnlyList<string> LocationCodes { get; init; } = [];

    public string? ClientAddress => null;

    public static FixedActor Employer(PortalUserId userId, CompanyId companyId, UserRole role, bool isDer = false) =>
        new(ActorKind.Employer, userId, companyId, role, IsDer: isDer);
}
