using System.Net;
using System.Text.RegularExpressions;
using EmployerPortal.Application.Audit;
using EmployerPortal.DemoData;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using EmployerPortal.Web.FunctionalTests.Users;

namespace EmployerPortal.Web.FunctionalTests.Account;

/// <summary>Password reset through a real SMTP server on loopback.</summary>
public sealed partial class PasswordResetTests(SmtpPortalFactory factory) : IClassFixture<SmtpPortalFactory>
{
    private const string ResetPath = "/Account/ResetPassword";
    private const string ResetSubject = "Reset your Occupational Health Partners Employer Portal password";

    private Task<HttpResponseMessage> RequestResetAsync(string email) =>
        PortalFactory.PostFormAsync(factory.CreateBrowserLikeClient(), "/Account/ForgotPassword", new Dictionary<string, string> { ["Input.Email"] = email });

    private static Task<HttpResponseMessage> ResetAsync(HttpClient client, string link, string password) =>
        PortalFactory.PostFormAsync(client, link, new Dictionary<string, string>
        {
            ["Input.Password"] = password, ["Input.ConfirmPassword"] = password,
        }, formPageUrl: "/Account/SignIn");

    [Fact]
    public async Task The_answer_is_identical_for_a_known_and_an_unknown_address()
    {
        await factory.ActiveUserAsync("known.reset@acme.example");

        var known = await RequestResetAsync("known.reset@acme.example");
        var unknown = await RequestResetAsync("nobody.here@acme.example");

        known.StatusCode.ShouldBe(HttpStatusCode.OK);
        unknown.StatusCode.ShouldBe(known.StatusCode);
        var knownBody = WithoutAntiforgery(await known.Content.ReadAsStringAsync());
        knownBody.ShouldContain("If that address belongs to an Employer Portal account");
        WithoutAntiforgery(await unknown.Content.ReadAsStringAsync()).ShouldBe(knownBody);
        (await factory.ReceivedForAsync("known.reset@acme.example", subject: ResetSubject)).ShouldHaveSingleItem();
        (await factory.ReceivedForAsync("nobody.here@acme.example", expected: 0, subject: ResetSubject)).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_reset_link_works_once_and_ends_the_users_other_sessions()
    {
        var id = await factory.ActiveUserAsync("forgetful@acme.example");
        var otherSession = await factory.SignedInClientAsync("forgetful@acme.example");
        (await otherSession.GetAsync("/Company")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await RequestResetAsync("forgetful@acme.example");
        var message = (await factory.ReceivedForAsync("forgetful@acme.example", subject: ResetSubject)).ShouldHaveSingleItem();
        message.Subject.ShouldBe("Reset your Occupational Health Partners Employer Portal password");
        var link = SmtpPortalFactory.LinkIn(message, ResetPath);
        var reset = await ResetAsync(factory.CreateBrowserLikeClient(), link, UserTestData.NewPassword);

        reset.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var next = await otherSession.GetAsync("/Company");
        next.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        next.Headers.Location!.ToString().ShouldContain("/Account/SignIn");
        await Should.ThrowAsync<InvalidOperationException>(() => factory.SignedInClientAsync("forgetful@acme.example", DemoDataSeeder.DemoPassword));
        (await factory.SignedInClientAsync("forgetful@acme.example", UserTestData.NewPassword)).ShouldNotBeNull();
        (await factory.AuditAsync(AuditActions.PasswordReset, id)).ShouldHaveSingleItem();

        var again = await ResetAsync(factory.CreateBrowserLikeClient(), link, "Third-Password-2026");
        again.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await again.Content.ReadAsStringAsync()).ShouldContain("This reset link is no longer valid");
    }

    [Fact]
    public async Task A_reset_link_stops_working_after_an_hour()
    {
        await factory.ActiveUserAsync("slow.reader@acme.example");
        await RequestResetAsync("slow.reader@acme.example");
        var link = SmtpPortalFactory.LinkIn((await factory.ReceivedForAsync("slow.reader@acme.example", subject: ResetSubject)).Single(), ResetPath);

        factory.Clock.Advance(TimeSpan.FromMinutes(61));

        (await factory.CreateBrowserLikeClient().GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ResetAsync(factory.CreateBrowserLikeClient(), link, UserTestData.NewPassword)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await factory.SignedInClientAsync("slow.reader@acme.example", DemoDataSeeder.DemoPassword)).ShouldNotBeNull();
    }

    [Fact]
    public async Task A_signed_in_user_changes_their_name_and_password_on_my_profile()
    {
        await factory.ActiveUserAsync("profile.owner@acme.example");
        var client = await factory.SignedInClientAsync("profile.owner@acme.example");
        var otherSession = await factory.SignedInClientAsync("profile.owner@acme.example");

        var name = await PortalFactory.PostFormAsync(client, "/Profile?handler=Name", new Dictionary<string, string>
        {
            ["Name.FirstName"] = "Renamed", ["Name.LastName"] = "Owner",
        }, formPageUrl: "/Profile");
        var wrongCurrent = await PortalFactory.PostFormAsync(client, "/Profile?handler=Password", new Dictionary<string, string>
        {
            ["Password.CurrentPassword"] = "not-my-password", ["Password.NewPassword"] = UserTestData.NewPassword, ["Password.ConfirmPassword"] = UserTestData.NewPassword,
        }, formPageUrl: "/Profile");
        var change = await PortalFactory.PostFormAsync(client, "/Profile?handler=Password", new Dictionary<string, string>
        {
            ["Password.CurrentPassword"] = DemoDataSeeder.DemoPassword, ["Password.NewPassword"] = UserTestData.NewPassword, ["Password.ConfirmPassword"] = UserTestData.NewPassword,
        }, formPageUrl: "/Profile");

        name.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.UserAsync("profile.owner@acme.example")).FirstName.ShouldBe("Renamed");
        wrongCurrent.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await wrongCurrent.Content.ReadAsStringAsync()).ShouldContain("The current password is incorrect.");
        change.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetStringAsync("/Profile")).ShouldContain("Your password has been changed.");
        (await otherSession.GetAsync("/Company")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.SignedInClientAsync("profile.owner@acme.example", UserTestData.NewPassword)).ShouldNotBeNull();
    }

    private static string WithoutAntiforgery(string html) => AntiforgeryValue().Replace(html, "value=\"\"");

    [GeneratedRegex("value=\"CfDJ8[^\"]*\"")]
    private static partial Regex AntiforgeryValue();
}
