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

    public async Task<IReadOnlyList<string>> SetPasswordAsync(PortalUserId userId, string newPassword, CancellationToken cancellationToken)
    {
        var user = await FindAsync(userId);
        var errors = await PolicyErrorsAsync(user, newPassword);
        if (errors.Count == 0)
        {
            StagePassword(user, newPassword);
        }

        return errors;
    }

    public async Task<PasswordChangeResult> ChangePasswordAsync(PortalUserId userId, string currentPassword, string newPassword, CancellationToken cancellationToken)
    {
        var user = await FindAsync(userId);
        var check = await userManager.CheckCurrentPasswordAsync(user, currentPassword);
        if (check is not CurrentPasswordCheck.Correct)
        {
            return new PasswordChangeResult(check, []);
        }

        var errors = await PolicyErrorsAsync(user, newPassword);
        if (errors.Count == 0)
        {
            StagePassword(user, newPassword);
        }

        return new PasswordChangeResult(check, errors);
    }

    private async Task<PortalIdentityUser> FindAsync(PortalUserId userId) =>
        await userManager.FindByIdAsync(userId.Value.ToString())
        ?? throw new InvalidOperationException($"User {userId} has no credentials.");

    private async Task<IReadOnlyList<string>> PolicyErrorsAsync(PortalIdentityUser user, string password)
    {
        var errors = new List<string>();
        foreach (var validator in userManager.PasswordValidators)
        {
            var result = await validator.ValidateAsync(userManager, user, password);
            errors.AddRange(result.Errors.Select(e => e.Description));
        }

        return errors;
    }

    /// <summary>Sets the hash on the tracked user without saving: the unit of work commits it with the rest.</summary>
    private void StagePassword(PortalIdentityUser user, string password)
    {
        user.PasswordHash = userManager.PasswordHasher.HashPassword(user, password);
        user.AccessFailedCount = 0;
        user.LockoutEnd = null;
        NewStamps(user);
    }

    /// <summary>A new security stamp invalidates what Identity issued against the old one (its tokens, a remembered two-factor browser).</summary>
    private static void NewStamps(PortalIdentityUser user)
    {
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
    }
}
