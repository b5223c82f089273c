using EmployerPortal.Application.Common.Security;
using Microsoft.AspNetCore.Identity;

namespace EmployerPortal.Infrastructure.Identity;

internal static class CurrentPasswordChecks
{
    /// <summary>
    /// Checks a signed-in user's current password with the lockout of the sign-in page: refused while locked out, a
    /// failure counted (and saved at once, whatever the command does next), a success clearing the count.
    /// </summary>
    public static async Task<CurrentPasswordCheck> CheckCurrentPasswordAsync(this UserManager<PortalIdentityUser> userManager, PortalIdentityUser user, string password)
    {
        if (await userManager.IsLockedOutAsync(user))
        {
            return CurrentPasswordCheck.LockedOut;
        }

        if (await userManager.CheckPasswordAsync(user, password))
        {
            await userManager.ResetAccessFailedCountAsync(user);
            return CurrentPasswordCheck.Correct;
        }

        await userManager.AccessFailedAsync(user);
        return await userManager.IsLockedOutAsync(user) ? CurrentPasswordCheck.LockedOut : CurrentPasswordCheck.Wrong;
    }
}
