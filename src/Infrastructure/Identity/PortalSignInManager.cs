using System.Security.Claims;
using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Infrastructure.Audit;
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
    PortalDbContext db,
    UserSessions sessions,
    TimeProvider clock)
    : SignInManager<PortalIdentityUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private static string? dummyHash;

    /// <summary>
    /// Signs in with email and password. The page answers an unknown address, a wrong password and an account that may
    /// not sign in (<see cref="PortalSignInOutcome.NotAllowed"/>, kept apart for the audit trail only) alike, so the
    /// answer never tells which part was wrong nor whether the account exists.
    /// </summary>
    public async Task<PortalSignInOutcome> SignInWithPasswordAsync(string email, string password)
    {
        var outcome = await PasswordOutcomeAsync(email, password);
        await RecordSignInAsync(email, outcome);
        return outcome;
    }

    /// <summary>
    /// The second step of a two-factor sign-in, for the user whose password was accepted in this browser: a 6-digit
    /// code from their authenticator app, or one of their recovery codes (each works once). A wrong code counts
    /// toward the lockout, like a wrong password. Every attempt goes to the audit trail, without the code.
    /// </summary>
    public async Task<PortalTwoFactorOutcome> SignInWithSecondFactorAsync(string code)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return PortalTwoFactorOutcome.Expired;
        }

        var digits = code.Replace(" ", string.Empty).Replace("-", string.Empty);
        var isAuthenticatorCode = digits.Length == 6 && digits.All(char.IsAsciiDigit);
        SignInResult result;
        if (isAuthenticatorCode)
        {
            result = await TwoFactorAuthenticatorSignInAsync(digits, isPersistent: false, rememberClient: false);
        }
        else if (await UserManager.IsLockedOutAsync(user))
        {
            result = SignInResult.LockedOut;
        }
        else
        {
            // Identity does not count a wrong recovery code toward the lockout; the portal does.
            result = await TwoFactorRecoveryCodeSignInAsync(code.Replace(" ", string.Empty).Trim());
            if (!result.Succeeded)
            {
                await UserManager.AccessFailedAsync(user);
                result = await UserManager.IsLockedOutAsync(user) ? SignInResult.LockedOut : result;
            }
        }

        var outcome = result.Succeeded ? PortalTwoFactorOutcome.Succeeded
            : result.IsLockedOut ? PortalTwoFactorOutcome.LockedOut
            : PortalTwoFactorOutcome.InvalidCode;
        var portalUser = await db.PortalUsers.AcrossCompanies().SingleOrDefaultAsync(u => u.Id == new Domain.Common.PortalUserId(user.Id));
        if (outcome is PortalTwoFactorOutcome.Succeeded)
        {
            portalUser?.RecordSignIn(clock.GetUtcNow());
        }

        var method = isAuthenticatorCode ? "authenticator" : "recovery-code";
        db.AuditEntries.Add(Entry(
            outcome is PortalTwoFactorOutcome.Succeeded ? AuditActions.TwoFactorSignInSucceeded : AuditActions.TwoFactorSignInFailed,
            portalUser?.CompanyId.Value,
            user.Id,
            outcome is PortalTwoFactorOutcome.Succeeded ? $"method={method}" : $"method={method}; reason={outcome}"));
        await db.SaveChangesAsync();
        return outcome;
    }

    /// <summary>Every sign-in (password, second factor, a refresh after a change) starts a session of its own, named in the cookie.</summary>
    public override async Task SignInWithClaimsAsync(PortalIdentityUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        await EndCurrentSessionAsync(SessionEndReason.Replaced);
        var companyId = await CompanyOfAsync(user.Id) ?? throw new InvalidOperationException($"User {user.Id} has no portal account.");
        var session = sessions.Start(user.Id, companyId);
        await db.SaveChangesAsync();
        await base.SignInWithClaimsAsync(user, authenticationProperties, [.. additionalClaims, new Claim(PortalClaimTypes.SessionId, session.Id.ToString())]);
    }

    /// <summary>Records the sign-out in the audit trail and ends the server-side session, then deletes the cookie.</summary>
    public override async Task SignOutAsync()
    {
        if (Context.User.Identity?.IsAuthenticated == true && Guid.TryParse(UserManager.GetUserId(Context.User), out var userId))
        {
            await EndCurrentSessionAsync(SessionEndReason.SignedOut);
            db.AuditEntries.Add(Entry(AuditActions.SignedOut, await CompanyOfAsync(userId), userId, details: null));
            await db.SaveChangesAsync();
        }

        await base.SignOutAsync();
    }

    private async Task EndCurrentSessionAsync(SessionEndReason reason)
    {
        if (Guid.TryParse(Context.User.FindFirstValue(PortalClaimTypes.SessionId), out var sessionId))
        {
            await sessions.EndAsync(sessionId, reason, Context.RequestAborted);
        }
    }

    private Task<Guid?> CompanyOfAsync(Guid userId) =>
        db.PortalUsers.AcrossCompanies().AsNoTracking()
            .Where(u => u.Id == new Domain.Common.PortalUserId(userId))
            .Select(u => (Guid?)u.CompanyId.Value)
            .SingleOrDefaultAsync();

    /// <summary>
    /// An unknown address, a disabled or invited-only user and a user of a suspended company cost one password check
    /// too (against <see cref="DummyHash"/>), so neither the answer nor its time tells them from a wrong password; the
    /// real password of an account that may not sign in is never checked, so the answer cannot confirm it.
    /// </summary>
    private async Task<PortalSignInOutcome> PasswordOutcomeAsync(string email, string password)
    {
        var user = await UserManager.FindByNameAsync(email.Trim().ToLowerInvariant());
        if (user is null || !await CanSignInAsync(user))
        {
            UserManager.PasswordHasher.VerifyHashedPassword(new PortalIdentityUser(), DummyHash(), password);
            return user is null ? PortalSignInOutcome.InvalidCredentials : PortalSignInOutcome.NotAllowed;
        }

        var result = await PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        return result.Succeeded ? PortalSignInOutcome.Succeeded
            : result.IsLockedOut ? PortalSignInOutcome.LockedOut
            : result.RequiresTwoFactor ? PortalSignInOutcome.RequiresTwoFactor
            : PortalSignInOutcome.InvalidCredentials;
    }

    /// <summary>A hash of a random password by the configured hasher (same algorithm and iterations as real ones), made once.</summary>
    private string DummyHash() =>
        dummyHash ??= UserManager.PasswordHasher.HashPassword(new PortalIdentityUser(), Guid.NewGuid().ToString("N"));

    /// <summary>Every attempt goes to the audit trail: the user and company when the address is known, the outcome, the client address.</summary>
    private async Task RecordSignInAsync(string email, PortalSignInOutcome outcome)
    {
        var normalized = email.Trim().ToLowerInvariant();
        var user = await db.PortalUsers.AcrossCompanies().SingleOrDefaultAsync(u => u.Email == normalized);
        var succeeded = outcome is PortalSignInOutcome.Succeeded;
        if (succeeded)
        {
            user?.RecordSignIn(clock.GetUtcNow());
        }

        db.AuditEntries.Add(Entry(
            succeeded ? AuditActions.SignInSucceeded
                : outcome is PortalSignInOutcome.RequiresTwoFactor ? AuditActions.SignInAwaitingTwoFactor
                : AuditActions.SignInFailed,
            user?.CompanyId.Value,
            user?.Id.Value,
            succeeded || outcome is PortalSignInOutcome.RequiresTwoFactor ? null : $"reason={outcome}"));
        await db.SaveChangesAsync();
    }

    private AuditEntry Entry(string action, Guid? companyId, Guid? userId, string? details) => new()
    {
        At = clock.GetUtcNow(),
        CompanyId = companyId,
        UserId = userId,
        Actor = userId is null ? "anonymous" : null,
        Action = action,
        TargetType = userId is null ? null : "PortalUser",
        TargetId = userId?.ToString(),
        Details = details,
        ClientAddress = Context.Connection.RemoteIpAddress?.ToString(),
    };

    public override async Task<bool> CanSignInAsync(PortalIdentityUser user)
    {
        if (!await base.CanSignInAsync(user))
        {
            return false;
        }

        var state = await db.PortalUsers.AcrossCompanies().AsNoTracking()
            .Where(u => u.Id == new Domain.Common.PortalUserId(user.Id))
            .Join(db.Companies.AcrossCompanies(), u => u.CompanyId, c => c.Id, (u, c) => new { u.Status, CompanyStatus = c.Status })
            .SingleOrDefaultAsync();
        return state is { Status: UserStatus.Active, CompanyStatus: CompanyStatus.Active };
    }
}

public enum PortalSignInOutcome
{
    Succeeded,
    InvalidCredentials,
    LockedOut,

    /// <summary>A disabled or invited-only user, or a suspended company's: answered as invalid credentials, recorded as itself.</summary>
    NotAllowed,
    RequiresTwoFactor,
}

public enum PortalTwoFactorOutcome
{
    Succeeded,
    InvalidCode,
    LockedOut,

    /// <summary>No password step in this browser (or it was more than five minutes ago): start again.</summary>
    Expired,
}
