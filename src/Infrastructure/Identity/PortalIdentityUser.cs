using Microsoft.AspNetCore.Identity;

namespace EmployerPortal.Infrastructure.Identity;

/// <summary>The credentials of a portal user. Its id is the <c>PortalUser</c>'s id: one to one.</summary>
public sealed class PortalIdentityUser : IdentityUser<Guid>
{
    /// <summary>The 30-second step of the last authenticator code accepted: no code of this step or before works again.</summary>
    public long? LastAuthenticatorTimeStep { get; set; }
}
