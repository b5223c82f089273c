using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Users;
using EmployerPortal.Domain.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Infrastructure.Identity;

/// <summary>Identity's authenticator key, TOTP token provider and recovery codes for one portal user.</summary>
internal sealed class TwoFactorAuthenticator(UserManager<PortalIdentityUser> userManager) : ITwoFactorAuthenticator
{
    /// <summary>The login provider and token names Identity's user store keeps the key and the recovery codes under.</summary>
    private const string StoreLoginProvider = "[AspNetUserStore]";
    private const string AuthenticatorKeyToken = "AuthenticatorKey";
    private const string RecoveryCodesToken = "RecoveryCodes";

    public async Task<TwoFactorState> GetStateAsync(PortalUserId userId, CancellationToken cancellationToken)
    {
        var user = await FindAsync(userId);
        return new TwoFactorState(await userManager.GetTwoFactorEnabledAsync(user), await userManager.CountRecoveryCodesAsync(user));
    }

    public async Task<string> GetOrCreateKeyAsync(PortalUserId userId, CancellationToken cancellationToken)
    {
        var user = await FindAsync(userId);
        var key = await userManager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            Check(await userManager.ResetAuthenticatorKeyAsync(user));
            key = await userManager.GetAuthenticatorKeyAsync(user);
        }

        return key!;
    }

    public async Task<bool> VerifyCodeAsync(PortalUserId userId, string code, CancellationToken cancellationToken) =>
        await userManager.VerifyTwoFactorTokenAsync(await FindAsync(userId), userManager.Options.Tokens.AuthenticatorTokenProvider, code);

    public async Task<CurrentPasswordCheck> CheckPasswordAsync(PortalUserId userId, string password, CancellationToken cancellationToken) =>
        await userManager.CheckCurrentPasswordAsync(await FindAsync(userId), password);

    public async Task<IReadOnlyList<string>> EnableAsync(PortalUserId userId, int recoveryCodes, CancellationToken cancellationToken)
    {
        var user = await FindAsync(userId);
        Check(await userManager.SetTwoFactorEnabledAsync(user, true));
        return (await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, recoveryCodes))?.ToList() ?? [];
    }

    public async Task DisableAsync(PortalUserId userId, CancellationToken cancellationToken)
    {
        var user = await FindAsync(userId);
        Check(await userManager.SetTwoFactorEnabledAsync(user, false));
        Check(await userManager.ResetAuthenticatorKeyAsync(user));
    }

    public async Task ResetAsync(PortalUserId userId, CancellationToken cancellationToken)
    {
        var user = await FindAsync(userId);
        Check(await userManager.SetTwoFactorEnabledAsync(user, false));
        Check(await userManager.RemoveAuthenticationTokenAsync(user, StoreLoginProvider, AuthenticatorKeyToken));
        Check(await userManager.RemoveAuthenticationTokenAsync(user, StoreLoginProvider, RecoveryCodesToken));
    }

    public async Task<IReadOnlySet<PortalUserId>> WithTwoFactorAsync(IReadOnlyCollection<PortalUserId> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.Select(id => id.Value).ToList();
        var enabled = await userManager.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id) && u.TwoFactorEnabled)
            .Select(u => u.Id)
            .ToListAsync(cancellationToken);
        return enabled.Select(id => new PortalUserId(id)).ToHashSet();
    }

    public async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(PortalUserId userId, int count, CancellationToken cancellationToken) =>
        (await userManager.GenerateNewTwoFactorRecoveryCodesAsync(await FindAsync(userId), count))?.ToList() ?? [];

    private async Task<PortalIdentityUser> FindAsync(PortalUserId userId) =>
        await userManager.FindByIdAsync(userId.Value.ToString())
        ?? throw new InvalidOperationException($"User {userId} has no credentials.");

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
