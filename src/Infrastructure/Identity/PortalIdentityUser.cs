using Microsoft.AspNetCore.Identity;

namespace EmployerPortal.Infrastructure.Identity;

/// <summary>The credentials of a portal user. Its id is the <c>PortalUser</c>'s id: one to one.</summary>
public sealed class PortalIdentityUser : IdentityUser<Guid>;
