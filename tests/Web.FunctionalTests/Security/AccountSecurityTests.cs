using System.Net;
using EmployerPortal.Web.FunctionalTests.Infrastructure;

namespace EmployerPortal.Web.FunctionalTests.Security;

/// <summary>The portal with the production rate limits lowered to a few posts a minute.</summary>
public sealed class RateLimitedPortalFactory : PortalFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["RateLimits:SignInPerMinute"] = "3",
        ["RateLimits:PasswordResetPerMinute"] = "2",
        ["RateLimits:InvitationPerMinute"] = "2",
    };
}

/// <summary>Rate limits; each test uses its own policy, so their windows do not interfere.</summary>
public sealed class AccountSecurityTests(RateLimitedPortalFactory factory) : IClassFixture<RateLimitedPortalFactory>
{
    [Fact]
    public async Task Sign_in_posts_beyond_the_limit_are_refused_with_429_while_the_page_still_loads()
    {
        var client = factory.CreateBrowserLikeClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var response = await PortalFactory.PostFormAsync(client, "/Account/SignIn", new Dictionary<string, string>
            {
                ["Input.Email"] = "nobody@acme.example", ["Input.Password"] = "wrong-password-123",
            });
            statuses.Add(response.StatusCode);
        }

        statuses.Take(3).ShouldAllBe(s => s == HttpStatusCode.OK);
        statuses[3].ShouldBe(HttpStatusCode.TooManyRequests);
        (await client.GetAsync("/Account/SignIn")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Password_reset_posts_beyond_the_limit_are_refused_with_429()
    {
        var client = factory.CreateBrowserLikeClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            var response = await PortalFactory.PostFormAsync(client, "/Account/ForgotPassword", new Dictionary<string, string> { ["Input.Email"] = "someone@acme.example" });
            statuses.Add(response.StatusCode);
        }

        statuses.ShouldBe([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests]);
    }
}

/// <summary>Headers and cookie flags, with the default (Development) limits.</summary>
public sealed class SecurityHeadersTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Every_answer_carries_the_security_headers()
    {
        var response = await factory.CreateBrowserLikeClient().GetAsync("/Account/SignIn");

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("script-src 'self'");
        csp.ShouldNotContain("unsafe-inline");
        csp.ShouldContain("frame-ancestors 'none'");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("strict-origin-when-cross-origin");
        response.Headers.Contains("Strict-Transport-Security").ShouldBeFalse("HSTS is for outside Development only");
    }

    [Fact]
    public async Task The_session_cookie_is_http_only_and_same_site()
    {
        var client = factory.CreateBrowserLikeClient();
        var response = await PortalFactory.PostFormAsync(client, "/Account/SignIn", new Dictionary<string, string>
        {
            ["Input.Email"] = "admin@globex.example", ["Input.Password"] = EmployerPortal.DemoData.DemoDataSeeder.DemoPassword,
        });

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("portal.session=", StringComparison.Ordinal));
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("samesite=lax", Case.Insensitive);
    }
}
