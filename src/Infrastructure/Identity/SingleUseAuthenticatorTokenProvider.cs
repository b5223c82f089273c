using Microsoft.AspNetCore.Identity;

namespace EmployerPortal.Infrastructure.Identity;

/// <summary>
/// Identity's authenticator (TOTP) token provider with each code usable once: the time step of the last accepted code
/// is kept on the user (<see cref="PortalIdentityUser.LastAuthenticatorTimeStep"/>) and a code of that step or an
/// earlier one is refused, so a code seen over a shoulder or replayed from a captured request does not work again.
/// The step is saved at once under the user's concurrency stamp, so two requests racing with one code cannot both pass.
/// </summary>
internal sealed class SingleUseAuthenticatorTokenProvider : AuthenticatorTokenProvider<PortalIdentityUser>
{
    public const string Name = "SingleUseAuthenticator";

    /// <summary>Steps accepted either side of now for clock drift between phone and server, as Identity's own provider allows.</summary>
    private const int DriftSteps = 2;

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<PortalIdentityUser> manager, PortalIdentityUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || token.Length != 6 || !token.All(char.IsAsciiDigit))
        {
            return false;
        }

        // The real clock, not the portal's TimeProvider: the code comes from the phone's clock.
        var now = AuthenticatorCode.StepAt(TimeProvider.System.GetUtcNow());
        var keyBytes = AuthenticatorCode.KeyFromBase32(key);
        var matched = Enumerable.Range(-DriftSteps, (2 * DriftSteps) + 1)
            .Select(offset => now + offset)
            .Where(step => step > (user.LastAuthenticatorTimeStep ?? long.MinValue))
            .Where(step => AuthenticatorCode.Matches(keyBytes, step, token))
            .Select(step => (long?)step)
            .FirstOrDefault();
        if (matched is null)
        {
            return false;
        }

        user.LastAuthenticatorTimeStep = matched;
        return (await manager.UpdateAsync(user)).Succeeded;
    }
}
