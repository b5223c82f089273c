using EmployerPortal.Infrastructure.Identity;

namespace EmployerPortal.Web.Infrastructure.Security;

/// <summary>
/// <c>GET /Account/Session</c>: how long the signed-in user's session stays open, 401 once it has ended. Asked with the
/// background-refresh header, it is a look that changes nothing; asked without it ("Stay signed in"), it counts as activity.
/// </summary>
public static class SessionStatusEndpoint
{
    public const string Path = "/Account/Session";

    public static IEndpointRouteBuilder MapSessionStatus(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (CurrentSession session, TimeProvider clock, HttpResponse response) =>
        {
            response.Headers.CacheControl = "no-store";
            return session.ClosesAt is { } closesAt
                ? Results.Ok(new SessionStatus(SecondsLeft(closesAt, clock)))
                : Results.Unauthorized();
        }).ExcludeFromDescription();
        return app;
    }

    public static int SecondsLeft(DateTimeOffset closesAt, TimeProvider clock) =>
        Math.Max(0, (int)(closesAt - clock.GetUtcNow()).TotalSeconds);

    public sealed record SessionStatus(int SecondsLeft);
}
