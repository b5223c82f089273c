using EmployerPortal.Application.Common.Security;
using EmployerPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace EmployerPortal.Web.Infrastructure.Security;

/// <summary>
/// When a company requires two-factor sign-in, its signed-in users without it reach only the setup page, the
/// account pages (sign-out) and the error page until they have set it up; every other request is redirected there,
/// a page they asked for (an emailed link, say) as the setup page's <c>returnUrl</c>, so they arrive there afterwards.
/// </summary>
public static class TwoFactorRequirement
{
    public const string SetupPath = "/Profile/TwoFactor/Enable";

    private static readonly PathString[] Allowed = ["/Profile/TwoFactor", "/Account", "/Error", "/api", "/health", "/lib", "/css", "/js"];

    public static IApplicationBuilder UseTwoFactorRequirement(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            // Read with the session by the cookie check (UserSessionValidator): no query of its own per request.
            if (context.RequestServices.GetRequiredService<CurrentSession>().MustSetUpTwoFactor &&
                !Allowed.Any(path => context.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase)) &&
                context.RequestServices.GetRequiredService<ICurrentUser>().Kind == ActorKind.Employer)
            {
                context.Response.Redirect(SetupUrl(context.Request));
                return;
            }

            await next();
        });

    /// <summary>The setup page, with the page asked for to return to (none for the home page or a form post).</summary>
    private static string SetupUrl(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && request.Path != "/"
            ? QueryHelpers.AddQueryString(SetupPath, "returnUrl", $"{request.PathBase}{request.Path}{request.QueryString}")
            : SetupPath;
}
