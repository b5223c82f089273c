using System.Net;
using System.Net.Http.Json;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.DemoData;
using EmployerPortal.Infrastructure.Identity;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using EmployerPortal.Web.FunctionalTests.Users;
using EmployerPortal.Web.Infrastructure.Security;
using EmployerPortal.Web.Pages.Account;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Web.FunctionalTests.Account;

/// <summary>Sessions end on the server: a cookie is honoured only while its session record is open. Each test uses users of its own.</summary>
public sealed class SessionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(15);

    [Fact]
    public async Task A_session_cookie_replayed_after_sign_out_is_refused()
    {
        await factory.ActiveUserAsync("replay@acme.example");
        var browser = factory.CreateBrowserLikeClient();
        var signIn = await PortalFactory.PostFormAsync(browser, "/Account/SignIn", Credentials("replay@acme.example"));
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("portal.session=", StringComparison.Ordinal)).Split(';')[0];
        (await ReplayAsync(cookie)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await PortalFactory.PostFormAsync(browser, "/Account/SignOut", UserTestData.NoFields(), formPageUrl: "/Company")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var replayed = await ReplayAsync(cookie);
        replayed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        replayed.Headers.Location!.ToString().ShouldContain("/Account/SignIn");
        (await SessionsOfAsync("replay@acme.example")).ShouldHaveSingleItem().EndReason.ShouldBe(SessionEndReason.SignedOut);
    }

    [Fact]
    public async Task Background_refreshes_do_not_keep_an_idle_session_open()
    {
        await factory.ActiveUserAsync("board.watcher@acme.example");
        var client = await factory.SignedInClientAsync("board.watcher@acme.example");

        factory.Clock.Advance(IdleTimeout - TimeSpan.FromMinutes(5));
        (await BackgroundGetAsync(client, "/Visits?handler=Rows")).StatusCode.ShouldBe(HttpStatusCode.OK);
        factory.Clock.Advance(TimeSpan.FromMinutes(5));

        (await BackgroundGetAsync(client, "/Visits?handler=Rows")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var next = await client.GetAsync("/Company");
        next.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        next.Headers.Location!.ToString().ShouldContain("/Account/SignIn");
    }

    [Fact]
    public async Task A_request_the_user_makes_keeps_the_session_open_for_another_idle_timeout()
    {
        await factory.ActiveUserAsync("busy.user@acme.example");
        var client = await factory.SignedInClientAsync("busy.user@acme.example");

        factory.Clock.Advance(IdleTimeout - TimeSpan.FromMinutes(5));
        (await client.GetAsync("/Company")).StatusCode.ShouldBe(HttpStatusCode.OK);
        factory.Clock.Advance(IdleTimeout - TimeSpan.FromMinutes(1));

        (await client.GetAsync("/Company")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_session_status_says_how_long_the_session_stays_open_and_looking_at_it_is_no_activity()
    {
        await factory.ActiveUserAsync("status.reader@acme.example");
        var client = await factory.SignedInClientAsync("status.reader@acme.example");
        (await client.GetStringAsync("/Company")).ShouldContain($"data-session-seconds-left=\"{(int)IdleTimeout.TotalSeconds}\"");

        factory.Clock.Advance(IdleTimeout - TimeSpan.FromMinutes(2));
        (await SecondsLeftAsync(client, background: true)).ShouldBe(120);
        (await SecondsLeftAsync(client, background: true)).ShouldBe(120);

        (await SecondsLeftAsync(client, background: false)).ShouldBe((int)IdleTimeout.TotalSeconds);
        factory.Clock.Advance(IdleTimeout);
        (await BackgroundGetAsync(client, SessionStatusEndpoint.Path)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_form_posted_after_the_session_ended_leads_to_sign_in_and_back_to_its_page_with_a_notice_and_is_not_saved()
    {
        await factory.ActiveUserAsync("slow.typist@acme.example");
        var client = await factory.SignedInClientAsync("slow.typist@acme.example");
        var token = PortalFactory.AntiforgeryToken(await client.GetStringAsync("/Profile"));
        factory.Clock.Advance(IdleTimeout);

        var posted = await client.PostAsync("/Profile?handler=Name", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name.FirstName"] = "Renamed",
            ["Name.LastName"] = "Late",
            ["__RequestVerificationToken"] = token,
        }));

        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var signInUrl = posted.Headers.Location!.ToString();
        signInUrl.ShouldBe($"/Account/SignIn?ReturnUrl=%2FProfile&{SignInModel.SessionNoticeParameter}={SignInModel.SessionEndedBeforePost}");
        (await client.GetStringAsync(signInUrl)).ShouldContain(WebUtility.HtmlEncode(SignInModel.SessionEndedBeforePostMessage));
        (await factory.UserAsync("slow.typist@acme.example")).FirstName.ShouldNotBe("Renamed");
        var signedIn = await PortalFactory.PostFormAsync(client, signInUrl, Credentials("slow.typist@acme.example"));
        signedIn.Headers.Location!.ToString().ShouldBe("/Profile");
    }

    [Fact]
    public async Task Changing_a_users_role_ends_their_sessions_and_they_sign_in_again_with_the_new_role()
    {
        var id = await factory.ActiveUserAsync("role.change@acme.example");
        var user = await factory.SignedInClientAsync("role.change@acme.example");
        (await user.GetAsync("/Users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        await PortalFactory.PostFormAsync(admin, $"/Users?handler=ChangeRole&id={id}", new Dictionary<string, string> { ["role"] = "Admin" }, formPageUrl: "/Users");

        var next = await user.GetAsync("/Users");
        next.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        next.Headers.Location!.ToString().ShouldContain($"{SignInModel.SessionNoticeParameter}={SignInModel.SessionEnded}");
        (await (await factory.SignedInClientAsync("role.change@acme.example")).GetAsync("/Users")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.GetAsync("/Users")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Suspending_a_company_ends_its_users_sessions()
    {
        var globexAdmin = await factory.SignedInClientAsync(DemoDataSeeder.Globex.AdminEmail);
        var acmeUser = await factory.SignedInClientAsync(DemoDataSeeder.Acme.ViewerEmail!);
        var settings = $"/api/ops/v1/companies/{DemoDataSeeder.Globex.AccountNumber}/settings";

        (await factory.OpsClient().PutAsJsonAsync(settings, new { status = "Suspended" })).EnsureSuccessStatusCode();
        try
        {
            (await globexAdmin.GetAsync("/Company")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
            (await acmeUser.GetAsync("/Company")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            (await factory.OpsClient().PutAsJsonAsync(settings, new { status = "Active" })).EnsureSuccessStatusCode();
        }
    }

    private static Dictionary<string, string> Credentials(string email) => new()
    {
        ["Input.Email"] = email,
        ["Input.Password"] = DemoDataSeeder.DemoPassword,
    };

    private async Task<HttpResponseMessage> ReplayAsync(string cookie)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Company");
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> BackgroundGetAsync(HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(UserSessionValidator.BackgroundRefreshHeader, "1");
        return await client.SendAsync(request);
    }

    private static async Task<int> SecondsLeftAsync(HttpClient client, bool background)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, SessionStatusEndpoint.Path);
        if (background)
        {
            request.Headers.Add(UserSessionValidator.BackgroundRefreshHeader, "1");
        }

        var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<SessionStatusEndpoint.SessionStatus>())!.SecondsLeft;
    }

    private async Task<List<UserSession>> SessionsOfAsync(string email)
    {
        var userId = (await factory.UserAsync(email)).Id.Value;
        return await factory.WithDbAsync(db => db.UserSessions.AsNoTracking().Where(s => s.UserId == userId).ToListAsync());
    }
}
