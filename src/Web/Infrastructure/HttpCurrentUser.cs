using System.Security.Claims;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Users;
using EmployerPortal.Infrastructure.Identity;

namespace EmployerPortal.Web.Infrastructure;

/// <summary>The sender of the current HTTP request, read from the sign-in cookie or the ops API key principal.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public ActorKind Kind => Principal switch
    {
        { Identity.IsAuthenticated: true } p when p.HasClaim(c => c.Type == PortalClaimTypes.OpsClient) => ActorKind.OpsClient,
        { Identity.IsAuthenticated: true } p when p.HasClaim(c => c.Type == PortalClaimTypes.CompanyId) => ActorKind.Employer,
        _ => ActorKind.Anonymous,
    };

    public PortalUserId? UserId =>
        Kind == ActorKind.Employer && Guid.TryParse(Principal!.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? new PortalUserId(id) : null;

    public CompanyId? CompanyId =>
        Kind == ActorKind.Employer && Guid.TryParse(Principal!.FindFirstValue(PortalClaimTypes.CompanyId), out var id) ? new CompanyId(id) : null;

    public UserRole? Role =>
        Kind == ActorKind.Employer && Enum.TryParse<UserRole>(Principal!.FindFirstValue(PortalClaimTypes.Role), out var role) ? role : null;

    public bool IsDer => Kind == ActorKind.Employer && Principal!.HasClaim(PortalClaimTypes.Der, "true");

    public IReadOnlyList<string> LocationCodes => Kind == ActorKind.Employer
        ? [.. Principal!.FindAll(PortalClaimTypes.Location).Select(c => c.Value)]
        : [];

    public string? OpsClientName => Kind == ActorKind.OpsClient ? Principal!.FindFirstValue(PortalClaimTypes.OpsClient) : null;

    public IReadOnlySet<string> OpsScopes => Kind == ActorKind.OpsClient
        ? Principal!.FindAll(PortalClaimTypes.OpsScope).Select(c => c.Value).ToHashSet(StringComparer.Ordinal)
        : new HashSet<string>();

    public string? ClientAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
