using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Users;
using EmployerPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EmployerPortal.Infrastructure.Identity;

/// <summary>Identity's sign-in, refusing a disabled or invited-only user and any user of a suspended company.</summary>
public sealed class PortalSignInManager(
    UserManager<PortalIdentityUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<PortalIdentityUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<PortalIdentityUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<PortalIdentityUser> confirmation,
    PortalDbContext db)
    : SignInManager<PortalIdentityUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    /// <summary>
    /// Signs in with email and password. A wrong password is always "invalid credentials", even for an account
    /// that may not sign in, so the answer never tells which part was wrong nor whether the account exists.
    /// </summary>
    public async Task<PortalSignInOutcome> SignInWithPasswordAsync(string email, string password)
    {
        var result = await PasswordSignInAsync(email.Trim().ToLowerInvariant(), password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return PortalSignInOutcome.Succeeded;
        }

        if (result.IsLockedOut)
        {
            return PortalSignInOutcome.LockedOut;
        }

        if (result.RequiresTwoFactor)
        {
            return PortalSignInOutcome.RequiresTwoFactor;
        }

        if (result.IsNotAllowed)
        {
            var user = await UserManager.FindByNameAsync(email.Trim().ToLowerInvariant());
            if (user is not null && await UserManager.CheckPasswordAsync(user, password))
            {
                return PortalSignInOutcome.NotAllowed;
            }

            if (user is not null)
            {
                await UserManager.AccessFailedAsync(user);
            }
        }

        return PortalSignInOutcome.InvalidCredentials;
    }

    public override async Task<bool> CanSignInAsync(PortalIdentityUser user)
    {
        if (!await base.CanSignInAsync(user))
        {
            return false;
        }

        var state = await db.PortalUsers.AsNoTracking()
            .Where(u => u.Id == new Domain.Common.PortalUserId(user.Id))
            .Join(db.Companies, u => u.CompanyId, c => c.Id, (u, c) => new { u.Status, CompanyStatus = c.Status })
            .SingleOrDefaultAsync();
        return state is { Status: UserStatus.Active, CompanyStatus: CompanyStatus.Active };
    }
}

public enum PortalSignInOutcome
{
    Succeeded,
    InvalidCredentials,
    LockedOut,
    NotAllowed,
    RequiresTwoFactor,
}
