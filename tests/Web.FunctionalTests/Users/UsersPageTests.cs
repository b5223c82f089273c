using System.Net;
using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Users.Commands.ChangeUserRole;
using EmployerPortal.Application.Users.Commands.DisableUser;
using EmployerPortal.Application.Users.Commands.InviteUser;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Users;
using EmployerPortal.DemoData;
using EmployerPortal.Web.FunctionalTests.Infrastructure;

namespace EmployerPortal.Web.FunctionalTests.Users;

public sealed class UsersPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string AcmeAdmin = "admin@acme.example";

    [Fact]
    public async Task An_admin_sees_the_users_of_their_own_company_only()
    {
        var client = await factory.SignedInClientAsync(AcmeAdmin);

        var page = await client.GetStringAsync("/Users");

        page.ShouldContain(DemoDataSeeder.Acme.ViewerEmail!);
        page.ShouldContain("View Only");
        page.ShouldNotContain(DemoDataSeeder.Globex.AdminEmail);
        (await client.GetStringAsync("/Company")).ShouldContain("href=\"/Users\"");
    }

    [Fact]
    public async Task A_view_only_user_neither_sees_nor_reaches_the_users_page()
    {
        var client = await factory.SignedInClientAsync(DemoDataSeeder.Acme.ViewerEmail!);

        (await client.GetStringAsync("/Company")).ShouldNotContain("href=\"/Users\"");
        (await client.GetAsync("/Users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync("/Users/Invite")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_server_refuses_a_view_only_users_access_changes()
    {
        var target = await factory.ActiveUserAsync("target.of.viewer@acme.example");
        var client = await factory.SignedInClientAsync(DemoDataSeeder.Acme.ViewerEmail!);

        var disable = await PortalFactory.PostFormAsync(client, $"/Users?handler=Disable&id={target}", UserTestData.NoFields(), formPageUrl: "/Company");
        var invite = await PortalFactory.PostFormAsync(client, "/Users/Invite", new Dictionary<string, string>
        {
            ["Input.Email"] = "sneaky@acme.example", ["Input.FirstName"] = "Sneaky", ["Input.LastName"] = "Invite", ["Input.Role"] = "Admin",
        }, formPageUrl: "/Company");

        disable.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        invite.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.UserAsync("target.of.viewer@acme.example")).Status.ShouldBe(UserStatus.Active);
        (await factory.WithDbAsync(db => Task.FromResult(db.PortalUsers.Any(u => u.Email == "sneaky@acme.example")))).ShouldBeFalse();
    }

    [Fact]
    public async Task Another_companys_user_id_is_answered_404()
    {
        var acmeUser = await factory.ActiveUserAsync("not.yours@acme.example");
        var globexAdmin = await factory.SignedInClientAsync(DemoDataSeeder.Globex.AdminEmail);

        foreach (var handler in new[] { "Disable", "Enable", "Resend", "Revoke" })
        {
            var response = await PortalFactory.PostFormAsync(globexAdmin, $"/Users?handler={handler}&id={acmeUser}", UserTestData.NoFields(), formPageUrl: "/Users");
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, handler);
        }

        var role = await PortalFactory.PostFormAsync(globexAdmin, $"/Users?handler=ChangeRole&id={acmeUser}", new Dictionary<string, string> { ["role"] = "Admin" }, formPageUrl: "/Users");
        role.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var user = await factory.UserAsync("not.yours@acme.example");
        user.Status.ShouldBe(UserStatus.Active);
        user.Role.ShouldBe(UserRole.ViewOnly);
    }

    [Fact]
    public async Task Nobody_changes_their_own_role_or_disables_themselves()
    {
        var admin = await factory.UserAsync(AcmeAdmin);
        var client = await factory.SignedInClientAsync(AcmeAdmin);

        var demote = await PortalFactory.PostFormAsync(client, $"/Users?handler=ChangeRole&id={admin.Id}", new Dictionary<string, string> { ["role"] = "ViewOnly" }, formPageUrl: "/Users");
        var disable = await PortalFactory.PostFormAsync(client, $"/Users?handler=Disable&id={admin.Id}", UserTestData.NoFields(), formPageUrl: "/Users");

        demote.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await demote.Content.ReadAsStringAsync()).ShouldContain("You cannot change your own role or status");
        disable.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var after = await factory.UserAsync(AcmeAdmin);
        after.Role.ShouldBe(UserRole.Admin);
        after.Status.ShouldBe(UserStatus.Active);
    }

    [Fact]
    public async Task The_company_keeps_its_last_active_admin()
    {
        // Over HTTP the acting Admin is itself an active Admin and cannot target itself, so the rule can only bite
        // when the actor is no longer an active Admin: sent here through the real pipeline as such an actor.
        var globexAdmin = await factory.UserAsync(DemoDataSeeder.Globex.AdminEmail);
        var formerAdmin = FixedActor.Employer(PortalUserId.New(), globexAdmin.CompanyId, UserRole.Admin);

        var demote = await Should.ThrowAsync<BusinessRuleViolationException>(() =>
            factory.SendAsync(s => s.Send(new ChangeUserRoleCommand(globexAdmin.Id.Value, UserRole.ViewOnly)), formerAdmin));
        var disable = await Should.ThrowAsync<BusinessRuleViolationException>(() =>
            factory.SendAsync(s => s.Send(new DisableUserCommand(globexAdmin.Id.Value)), formerAdmin));

        demote.RuleName.ShouldBe(nameof(CompanyKeepsACompanyWideAdmin));
        disable.RuleName.ShouldBe(nameof(CompanyKeepsACompanyWideAdmin));
        (await factory.UserAsync(DemoDataSeeder.Globex.AdminEmail)).IsActiveAdmin.ShouldBeTrue();
    }

    [Fact]
    public async Task Inviting_an_address_that_is_already_a_user_of_the_company_says_so()
    {
        var client = await factory.SignedInClientAsync(AcmeAdmin);

        var response = await PortalFactory.PostFormAsync(client, "/Users/Invite", new Dictionary<string, string>
        {
            ["Input.Email"] = "VIEWER@acme.example", ["Input.FirstName"] = "Vera", ["Input.LastName"] = "Again", ["Input.Role"] = "ViewOnly",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain(InviteUserHandler.AlreadyAUserMessage);
    }

    [Fact]
    public async Task Inviting_another_companys_user_answers_as_if_invited_and_neither_creates_nor_sends_anything()
    {
        var client = await factory.SignedInClientAsync(AcmeAdmin);
        var globexAdmin = await factory.UserAsync(DemoDataSeeder.Globex.AdminEmail);
        var mailBefore = await factory.WithDbAsync(db => Task.FromResult(db.OutboxMessages.Count(m => m.To == DemoDataSeeder.Globex.AdminEmail)));

        var response = await PortalFactory.PostFormAsync(client, "/Users/Invite", new Dictionary<string, string>
        {
            ["Input.Email"] = "ADMIN@globex.example", ["Input.FirstName"] = "Gloria", ["Input.LastName"] = "Again", ["Input.Role"] = "ViewOnly",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/Users");
        (await client.GetStringAsync("/Users")).ShouldContain("Invitation sent to admin@globex.example.");
        var owner = await factory.UserAsync(DemoDataSeeder.Globex.AdminEmail);
        owner.CompanyId.ShouldBe(globexAdmin.CompanyId);
        owner.FirstName.ShouldBe(globexAdmin.FirstName);
        (await factory.WithDbAsync(db => Task.FromResult(db.OutboxMessages.Count(m => m.To == DemoDataSeeder.Globex.AdminEmail)))).ShouldBe(mailBefore);
    }

    [Fact]
    public async Task An_invitation_from_the_users_page_creates_an_invited_user_and_queues_the_email()
    {
        var client = await factory.SignedInClientAsync(AcmeAdmin);

        var response = await PortalFactory.PostFormAsync(client, "/Users/Invite", new Dictionary<string, string>
        {
            ["Input.Email"] = "Pat.Invited@acme.example", ["Input.FirstName"] = "Pat", ["Input.LastName"] = "Invited", ["Input.Role"] = "Admin",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var user = await factory.UserAsync("pat.invited@acme.example");
        user.Status.ShouldBe(UserStatus.Invited);
        user.Role.ShouldBe(UserRole.Admin);
        (await factory.WithDbAsync(db => Task.FromResult(db.OutboxMessages.Count(m => m.To == "pat.invited@acme.example")))).ShouldBe(1);
        (await factory.AuditAsync(AuditActions.UserInvited, user.Id.Value)).ShouldHaveSingleItem().UserId.ShouldBe((await factory.UserAsync(AcmeAdmin)).Id.Value);
        (await client.GetStringAsync("/Users")).ShouldContain("pat.invited@acme.example");
    }

    [Fact]
    public async Task Disabling_a_user_ends_their_open_session_at_the_next_request_and_enabling_lets_them_back()
    {
        var id = await factory.ActiveUserAsync("to.disable@acme.example");
        var victim = await factory.SignedInClientAsync("to.disable@acme.example");
        (await victim.GetAsync("/Company")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var admin = await factory.SignedInClientAsync(AcmeAdmin);

        var disable = await PortalFactory.PostFormAsync(admin, $"/Users?handler=Disable&id={id}", UserTestData.NoFields(), formPageUrl: "/Users");

        disable.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var next = await victim.GetAsync("/Company");
        next.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        next.Headers.Location!.ToString().ShouldContain("/Account/SignIn");
        await Should.ThrowAsync<InvalidOperationException>(() => factory.SignedInClientAsync("to.disable@acme.example"));
        (await factory.AuditAsync(AuditActions.UserDisabled, id)).ShouldHaveSingleItem();

        var enable = await PortalFactory.PostFormAsync(admin, $"/Users?handler=Enable&id={id}", UserTestData.NoFields(), formPageUrl: "/Users");

        enable.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.SignedInClientAsync("to.disable@acme.example")).ShouldNotBeNull();
        (await factory.AuditAsync(AuditActions.UserEnabled, id)).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_role_change_takes_effect_when_the_user_signs_in_again_and_is_audited()
    {
        var id = await factory.ActiveUserAsync("to.promote@acme.example");
        var promoted = await factory.SignedInClientAsync("to.promote@acme.example");
        (await promoted.GetAsync("/Users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var admin = await factory.SignedInClientAsync(AcmeAdmin);

        var response = await PortalFactory.PostFormAsync(admin, $"/Users?handler=ChangeRole&id={id}", new Dictionary<string, string> { ["role"] = "Admin" }, formPageUrl: "/Users");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.UserAsync("to.promote@acme.example")).Role.ShouldBe(UserRole.Admin);
        (await promoted.GetAsync("/Users")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await (await factory.SignedInClientAsync("to.promote@acme.example")).GetAsync("/Users")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await factory.AuditAsync(AuditActions.UserRoleChanged, id)).ShouldHaveSingleItem().Details.ShouldBe("from=ViewOnly; to=Admin");
    }

    [Fact]
    public async Task Revoking_an_invitation_removes_the_invited_user_and_an_accepted_one_cannot_be_revoked()
    {
        var invited = await factory.InvitedUserAsync("to.revoke@acme.example");
        var active = await factory.ActiveUserAsync("already.in@acme.example");
        var admin = await factory.SignedInClientAsync(AcmeAdmin);

        var revoke = await PortalFactory.PostFormAsync(admin, $"/Users?handler=Revoke&id={invited}", UserTestData.NoFields(), formPageUrl: "/Users");
        var refused = await PortalFactory.PostFormAsync(admin, $"/Users?handler=Revoke&id={active}", UserTestData.NoFields(), formPageUrl: "/Users");

        revoke.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.WithDbAsync(db => Task.FromResult(db.PortalUsers.Any(u => u.Email == "to.revoke@acme.example")))).ShouldBeFalse();
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("already accepted the invitation");
    }
}
