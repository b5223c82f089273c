using System.Security.Claims;
using EmployerPortal.Domain.Common;
using EmployerPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EmployerPortal.Infrastructure.Identity;

/// <summary>Puts the portal user's company, role and name into the sign-in cookie.</summary>
internal sealed class PortalClaimsPrincipalFactory(
    UserManager<PortalIdentityUser> userManager,
    IOptions<IdentityOptions> options,
    PortalDbContext db)
    : UserClaimsPrincipalFactory<PortalIdentityUser>(userManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalIdentityUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var portalUser = await db.PortalUsers.AcrossCompanies().AsNoTracking().SingleAsync(u => u.Id == new PortalUserId(user.Id));
        identity.AddClaim(new Claim(PortalClaimTypes.CompanyId, portalUser.CompanyId.Value.ToString()));
        identity.AddClaim(new Claim(PortalClaimTypes.Role, portalUser.Role.ToString()));
        identity.AddClaim(new Claim(PortalClaimTypes.FullName, portalUser.FullName));
        if (portalUser.IsDer)
        {
            identity.AddClaim(new Claim(PortalClaimTypes.Der, "true"));
        }

        foreach (var code in portalUser.LocationCodes)
        {
            identity.AddClaim(new Claim(PortalClaimTypes.Location, code));
        }
        return identity;
    }
}
