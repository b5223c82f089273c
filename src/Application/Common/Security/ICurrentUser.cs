using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Users;

namespace EmployerPortal.Application.Common.Security;

public enum ActorKind
{
    Anonymous,
    Employer,
    OpsClient,
    System,
}

/// <summary>Who is sending the current message. Provided by the host (cookie, API key, job).</summary>
public interface ICurrentUser
{
    ActorKind Kind { get; }

    PortalUserId? UserId { get; }

    CompanyId? CompanyId { get; }

    UserRole? Role { get; }

    /// <summary>Whether the employer user is a DER, who alone sees drug- and alcohol-testing documents.</summary>
    bool IsDer { get; }

    /// <summary>The locations an employer user is limited to; empty for a company-wide user.</summary>
    IReadOnlyList<string> LocationCodes { get; }

    string? OpsClientName { get; }

    IReadOnlySet<string> OpsScopes { get; }

    /// <summary>The client's network address, for the audit trail.</summary>
    string? ClientAddress { get; }
}

public static class CurrentUserExtensions
{
    /// <summary>The signed-in employer user's company; every employer query is scoped by it.</summary>
    public static CompanyId RequireCompanyId(this ICurrentUser user) =>
        user.CompanyId ?? throw new ForbiddenAccessException("This action needs a signed-in employer user.");

    public static PortalUserId RequireUserId(this ICurrentUser user) =>
        user.UserId ?? throw new ForbiddenAccessException("This action needs a signed-in employer user.");

    public static bool Can(this ICurrentUser user, Permission permission) =>
        user.Kind == ActorKind.Employer && user.Role is { } role && PermissionMatrix.Allows(role, permission, user.LocationCodes.Count == 0);
}
