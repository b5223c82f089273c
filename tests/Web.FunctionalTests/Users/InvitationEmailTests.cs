using System.Net;
using EmployerPortal.Domain.Users;
using EmployerPortal.Web.FunctionalTests.Infrastructure;

namespace EmployerPortal.Web.FunctionalTests.Users;

/// <summary>Invitations through a real SMTP server on loopback: the email arrives and its link works once, within 72 hours.</summary>
public sealed class InvitationEmailTests(SmtpPortalFactory factory) : IClassFixture<SmtpPortalFactory>
{
    private const string AcceptPath = "/Account/AcceptInvitation";

    private async Task<string> InviteAndReadLinkAsync(string email, int expectedEmails = 1)
    {
        var admin = await factory.SignedInClientAsync("admin@acme.example");
        var response = await PortalFactory.PostFormAsync(admin, "/Users/Invite", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.FirstName"] = "Ivy", ["Input.LastName"] = "Invitee", ["Input.Role"] = "ViewOnly",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var received = await factory.ReceivedForAsync(email, expectedEmails);
        received.Count.ShouldBe(expectedEmails);
        return SmtpPortalFactory.LinkIn(received[^1], AcceptPath);
    }

    private static Task<HttpResponseMessage> SetPasswordAsync(HttpClient client, string link, string password) =>
        PortalFactory.PostFormAsync(client, link, new Dictionary<string, string>
        {
            ["Input.Password"] = password, ["Input.ConfirmPassword"] = password,
        }, formPageUrl: "/Account/SignIn");

    [Fact]
    public async Task The_invitation_email_arrives_and_its_link_sets_a_password_once()
    {
        var link = await InviteAndReadLinkAsync("ivy.once@acme.example");
        var message = (await factory.ReceivedForAsync("ivy.once@acme.example")).Single();
        message.Subject.ShouldBe("Alice Admin invited you to the Occupational Health Partners Employer Portal for Acme Logistics", "the email names who invited them, the company and the provider");
        message.HtmlBody.ShouldNotBeNull().ShouldContain($"href=\"http://localhost{link}\"");
        var anonymous = factory.CreateBrowserLikeClient();

        (await anonymous.GetStringAsync(link)).ShouldContain("ivy.once@acme.example");
        var first = await SetPasswordAsync(anonymous, link, UserTestData.NewPassword);

        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        first.Headers.Location!.ToString().ShouldStartWith("/Account/SignIn");
        (await factory.UserAsync("ivy.once@acme.example")).Status.ShouldBe(UserStatus.Active);
        (await factory.SignedInClientAsync("ivy.once@acme.example", UserTestData.NewPassword)).ShouldNotBeNull();

        var again = await SetPasswordAsync(factory.CreateBrowserLikeClient(), link, "Another-Password-2026");
        again.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await again.Content.ReadAsStringAsync()).ShouldContain("This invitation link is no longer valid");
        (await factory.CreateBrowserLikeClient().GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await Should.ThrowAsync<InvalidOperationException>(() => factory.SignedInClientAsync("ivy.once@acme.example", "Another-Password-2026"));
    }

    [Fact]
    public async Task An_invitation_link_stops_working_after_72_hours()
    {
        var link = await InviteAndReadLinkAsync("ivy.late@acme.example");

        factory.Clock.Advance(TimeSpan.FromHours(72).Add(TimeSpan.FromMinutes(1)));
        var anonymous = factory.CreateBrowserLikeClient();

        (await anonymous.GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var response = await SetPasswordAsync(anonymous, link, UserTestData.NewPassword);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await factory.UserAsync("ivy.late@acme.example")).Status.ShouldBe(UserStatus.Invited);
    }

    [Fact]
    public async Task A_resent_invitation_replaces_the_old_link_and_a_revoked_one_stops_working()
    {
        var oldLink = await InviteAndReadLinkAsync("ivy.resend@acme.example");
        var user = await factory.UserAsync("ivy.resend@acme.example");
        var admin = await factory.SignedInClientAsync("admin@acme.example");

        (await PortalFactory.PostFormAsync(admin, $"/Users?handler=Resend&id={user.Id}", UserTestData.NoFields(), formPageUrl: "/Users")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var received = await factory.ReceivedForAsync("ivy.resend@acme.example", expected: 2);
        var newLink = SmtpPortalFactory.LinkIn(received[^1], AcceptPath);

        newLink.ShouldNotBe(oldLink);
        (await factory.CreateBrowserLikeClient().GetAsync(oldLink)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await factory.CreateBrowserLikeClient().GetAsync(newLink)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await PortalFactory.PostFormAsync(admin, $"/Users?handler=Revoke&id={user.Id}", UserTestData.NoFields(), formPageUrl: "/Users")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var afterRevoke = await SetPasswordAsync(factory.CreateBrowserLikeClient(), newLink, UserTestData.NewPassword);
        afterRevoke.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_new_password_must_meet_the_policy_and_a_refused_one_does_not_use_up_the_link()
    {
        var link = await InviteAndReadLinkAsync("ivy.policy@acme.example");
        var anonymous = factory.CreateBrowserLikeClient();

        var tooShort = await SetPasswordAsync(anonymous, link, "short-pw");
        var theEmail = await SetPasswordAsync(anonymous, link, "ivy.policy@acme.example");

        tooShort.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await tooShort.Content.ReadAsStringAsync()).ShouldContain("at least 12 characters");
        theEmail.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await theEmail.Content.ReadAsStringAsync()).ShouldContain("must not be your email address");
        (await SetPasswordAsync(anonymous, link, UserTestData.NewPassword)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}
