using EmployerPortal.Application.Common.Security;
using EmployerPortal.Domain.Common;
using Microsoft.AspNetCore.Identity;

namespace EmployerPortal.Infrastructure.Identity;

internal sealed class IdentityService(UserManager<PortalIdentityUser> userManager) : IIdentityService
{
    public async Task<IReadOnlyList<string>> CreateCredentialsAsync(PortalUserId userId, string email, string password, CancellationToken cancellationToken)
    {
        var user = new PortalIdentityUser { Id = userId.Value, UserName = email, Email = email, EmailConfirmed = true, LockoutEnabled = true };
        var result = await userManager.CreateAsync(user, password);
        return result.Succeeded ? [] : result.Errors.Select(e => e.Description).ToList();
    }
}
