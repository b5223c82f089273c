using System.Net;
using System.Text.RegularExpressions;
using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Users.Commands.BeginAuthenticatorSetup;
using EmployerPortal.Application.Users.Commands.EnableTwoFactor;
using EmployerPortal.Application.Users.Commands.ResetUserTwoFactor;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Users;
using EmployerPortal.DemoData;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using EmployerPortal.Web.Infrastructure.Security;
using EmployerPortal.Web.Pages.Users;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Web.FunctionalTests.Users;

/// <summary>The Users page shows each user's two-factor state, and an Admin resets a user's two-factor. Each test uses users of its own.</summary>
public sealed partial class UserTwoFactorResetTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string AcmeAdmin = "admin@acme.example";

    [Fact]
    public async Task An_admin_sees_which_users_have_two_factor_on()
    {
        await factory.ActiveUserAsync("tfr-on@acme.example");
        await EnableTwoFactorAsync("tfr-on@acme.example");
        await factory.ActiveUserAsync("tfr-off@acme.example");
        var client = await factory.SignedInClientAsync(AcmeAdmin);

        var page = await client.GetStringAsync("/Users");

        page.ShouldContain("<th scope=\"col\">Two-factor</th>");
        TwoFactorCell(page, "tfr-on@acme.example").ShouldBe("On");
        TwoFactorCell(page, "tfr-off@acme.example").ShouldBe("Off");
        Row(page, "tfr-on@acme.example").ShouldContain("data-testid=\"reset-two-factor\"");
        Row(page, "tfr-off@acme.example").ShouldNotContain("data-testid=\"reset-two-factor\"");
    }

    [Fact]
    public async Task Resetting_a_users_two_factor_ends_their_sessions_and_they_sign_in_with_the_password_alone()
    {
        var email = "tfr-reset@acme.example";
        var userId = await factory.ActiveUserAsync(email);
        var key = await EnableTwoFactorAsync(email);
        var userClient = await SignInWithCodeAsync(email, key);
        (await userClient.GetAsync("/Profile")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var admin = await factory.SignedInClientAsync(AcmeAdmin);

        var response = await PortalFactory.PostFormAsync(admin, $"/Users?handler=ResetTwoFactor&id={userId}", UserTestData.NoFields(), formPageUrl: "/Users");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await admin.GetStringAsync("/Users");
        page.ShouldContain(Html(IndexModel.ResetTwoFactorDone));
        TwoFactorCell(page, email).ShouldBe("Off");
        (await TwoFactorEnabledAsync(userId)).ShouldBeFalse();
        (await IdentityTokenNamesAsync(userId)).ShouldBeEmpty();
        var oldSession = await userClient.GetAsync("/Profile");
        oldSession.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        oldSession.Headers.Location!.ToString().ShouldContain("/Account/SignIn");
        var passwordOnly = await PortalFactory.PostFormAsync(factory.CreateBrowserLikeClient(), "/Account/SignIn", Credentials(email));
        passwordOnly.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        passwordOnly.Headers.Location!.ToString().ShouldBe("/");
        var audit = await factory.AuditAsync(AuditActions.TwoFactorReset, userId);
        audit.Count.ShouldBe(1);
        audit[0].TargetType.ShouldBe(nameof(PortalUser));
        audit[0].Details.ShouldBeNull();
        audit[0].UserId.ShouldBe((await factory.UserAsync(AcmeAdmin)).Id.Value);
    }

    [Fact]
    public async Task After_a_reset_a_user_of_a_company_requiring_two_factor_is_sent_to_set_it_up_again()
    {
        var adminEmail = "tfr-admin@globex.example";
        await factory.ActiveUserAsync(adminEmail, UserRole.Admin, DemoDataSeeder.Globex.AdminEmail);
        var adminKey = await EnableTwoFactorAsync(adminEmail);
        var email = "tfr-required@globex.example";
        var userId = await factory.ActiveUserAsync(email, adminEmail: DemoDataSeeder.Globex.AdminEmail);
        await EnableTwoFactorAsync(email);
        await SetGlobexRequirementAsync(true);
        try
        {
            var admin = await SignInWithCodeAsync(adminEmail, adminKey);

            var response = await PortalFactory.PostFormAsync(admin, $"/Users?handler=ResetTwoFactor&id={userId}", UserTestData.NoFields(), formPageUrl: "/Users");

            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            var user = factory.CreateBrowserLikeClient();
            var passwordOnly = await PortalFactory.PostFormAsync(user, "/Account/SignIn", Credentials(email));
            passwordOnly.Headers.Location!.ToString().ShouldBe("/");
            var home = await user.GetAsync("/");
            home.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            home.Headers.Location!.ToString().ShouldBe(TwoFactorRequirement.SetupPath);
            (await user.GetStringAsync(TwoFactorRequirement.SetupPath)).ShouldContain("Your company requires two-factor authentication");
        }
        finally
        {
            await SetGlobexRequirementAsync(false);
        }
    }

    [Fact]
    public async Task A_View_Only_user_cannot_reset_anyones_two_factor()
    {
        var userId = await factory.ActiveUserAsync("tfr-viewer-target@acme.example");
        await EnableTwoFactorAsync("tfr-viewer-target@acme.example");
        var viewer = await factory.SignedInClientAsync(DemoDataSeeder.Acme.ViewerEmail!);

        var response = await PortalFactory.PostFormAsync(viewer, $"/Users?handler=ResetTwoFactor&id={userId}", UserTestData.NoFields(), formPageUrl: "/Company");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var viewerActor = await ActorAsync(DemoDataSeeder.Acme.ViewerEmail!);
        await Should.ThrowAsync<ForbiddenAccessException>(() => factory.SendAsync(s => s.Send(new ResetUserTwoFactorCommand(userId)), viewerActor));
        (await TwoFactorEnabledAsync(userId)).ShouldBeTrue();
        (await factory.AuditAsync(AuditActions.TwoFactorReset, userId)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Another_companys_admin_resetting_an_Acme_users_two_factor_gets_404()
    {
        var userId = await factory.ActiveUserAsync("tfr-not-yours@acme.example");
        await EnableTwoFactorAsync("tfr-not-yours@acme.example");
        var globexAdmin = await factory.SignedInClientAsync(DemoDataSeeder.Globex.AdminEmail);

        var response = await PortalFactory.PostFormAsync(globexAdmin, $"/Users?handler=ResetTwoFactor&id={userId}", UserTestData.NoFields(), formPageUrl: "/Users");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var globexActor = await factory.AdminActorAsync(DemoDataSeeder.Globex.AdminEmail);
        await Should.ThrowAsync<NotFoundException>(() => factory.SendAsync(s => s.Send(new ResetUserTwoFactorCommand(userId)), globexActor));
        (await TwoFactorEnabledAsync(userId)).ShouldBeTrue();
        (await factory.AuditAsync(AuditActions.TwoFactorReset, userId)).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_admin_cannot_reset_their_own_two_factor()
    {
        var email = "tfr-self@acme.example";
        var adminId = await factory.ActiveUserAsync(email, UserRole.Admin);
        var key = await EnableTwoFactorAsync(email);
        var admin = await SignInWithCodeAsync(email, key);
        Row(await admin.GetStringAsync("/Users"), email).ShouldNotContain("data-testid=\"reset-two-factor\"");

        var response = await PortalFactory.PostFormAsync(admin, $"/Users?handler=ResetTwoFactor&id={adminId}", UserTestData.NoFields(), formPageUrl: "/Users");

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadAsStringAsync()).ShouldContain(Html(new NobodyResetsTheirOwnTwoFactor(new PortalUserId(adminId), new PortalUserId(adminId)).Message));
        (await TwoFactorEnabledAsync(adminId)).ShouldBeTrue();
        (await factory.AuditAsync(AuditActions.TwoFactorReset, adminId)).ShouldBeEmpty();
    }

    /// <summary>Turns two-factor on as the user, through the application's own commands; returns the authenticator key.</summary>
    private async Task<string> EnableTwoFactorAsync(string email)
    {
        var actor = await ActorAsync(email);
        var setup = await factory.SendAsync(s => s.Send(new BeginAuthenticatorSetupCommand()), actor);
        await factory.SendAsync(s => s.Send(new EnableTwoFactorCommand(Totp.Code(setup.FormattedKey))), actor);
        return setup.FormattedKey;
    }

    private async Task<FixedActor> ActorAsync(string email)
    {
        var user = await factory.UserAsync(email);
        return FixedActor.Employer(user.Id, user.CompanyId, user.Role);
    }

    private async Task<HttpClient> SignInWithCodeAsync(string email, string key)
    {
        var client = factory.CreateBrowserLikeClient();
        await PortalFactory.PostFormAsync(client, "/Account/SignIn", Credentials(email));
        var response = await PortalFactory.PostFormAsync(client, "/Account/SignInCode", new Dictionary<string, string> { ["Code"] = Totp.Code(key) });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    private Task<bool> TwoFactorEnabledAsync(Guid userId) =>
        factory.WithDbAsync(db => db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.TwoFactorEnabled).SingleAsync());

    private Task<List<string>> IdentityTokenNamesAsync(Guid userId) =>
        factory.WithDbAsync(db => db.UserTokens.AsNoTracking().Where(t => t.UserId == userId).Select(t => t.Name).ToListAsync());

    private Task<int> SetGlobexRequirementAsync(bool required) =>
        factory.WithDbAsync(async db =>
        {
            var globex = await db.Companies.SingleAsync(c => c.AccountNumber == AccountNumber.From(DemoDataSeeder.Globex.AccountNumber));
            globex.ChangeTwoFactorRequirement(required);
            return await db.SaveChangesAsync();
        });

    private static Dictionary<string, string> Credentials(string email) => new()
    {
        ["Input.Email"] = email,
        ["Input.Password"] = DemoDataSeeder.DemoPassword,
    };

    private static string Html(string text) => System.Text.Encodings.Web.HtmlEncoder.Default.Encode(text);

    private static string Row(string html, string email) =>
        RowPattern().Matches(html).Select(m => m.Value).Single(row => row.Contains($"data-email=\"{email}\""));

    private static string TwoFactorCell(string html, string email) => TwoFactorCellPattern().Match(Row(html, email)).Groups[1].Value;

    [GeneratedRegex("<tr data-testid=\"user-row\".*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("data-testid=\"user-two-factor\">([^<]*)<")]
    private static partial Regex TwoFactorCellPattern();
}
