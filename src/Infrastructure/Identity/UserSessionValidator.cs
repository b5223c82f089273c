using System.Security.Claims;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

namespace EmployerPortal.Infrastructure.Identity;

/// <summary>
/// Checks the sign-in cookie's session on every request with one look-up by key (which also reads the two-factor
/// requirement and the company's time zone into <see cref="CurrentSession"/>): a cookie whose session has ended, gone
/// idle or expired is refused and deleted. A request the user made counts as activity; a page refreshing itself
/// (header <see cref="BackgroundRefreshHeader"/>) does not, so an unattended screen still times out.
/// </summary>
public sealed class UserSessionValidator(UserSessions sessions, PortalDbContext db, CurrentSession current, TimeProvider clock)
{
    public const string BackgroundRefreshHeader = "X-Background-Refresh";

    public static bool IsBackgroundRefresh(HttpRequest request) => request.Headers[BackgroundRefreshHeader] == "1";

    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var cancellationToken = context.HttpContext.RequestAborted;
        var now = clock.GetUtcNow();
        await db.KeepConnectionOpenAsync(cancellationToken);
        var read = Guid.TryParse(context.Principal?.FindFirstValue(PortalClaimTypes.SessionId), out var sessionId)
            ? await sessions.ReadAsync(sessionId, cancellationToken)
            : null;
        if (read is not { Session: var session } || !session.IsOpenAt(now, sessions.IdleTimeout))
        {
            current.HasEnded = true;
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
            return;
        }

        if (!IsBackgroundRefresh(context.Request) && session.RecordActivity(now))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        current.ClosesAt = session.ClosesAt(sessions.IdleTimeout);
        current.MustSetUpTwoFactor = Company.MustSetUpTwoFactor(read.CompanyRequiresTwoFactor, read.UserHasTwoFactor);
        current.CompanyTimeZone = (new CompanyId(session.CompanyId), read.TimeZone);
    }
}
