using System.Net;
using System.Text.RegularExpressions;
using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Users.Commands.DisableTwoFactor;
using EmployerPortal.Application.Users.Commands.EnableTwoFactor;
using EmployerPortal.Application.Users.Commands.InviteUser;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Users;
using EmployerPortal.DemoData;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using EmployerPortal.Web.Infrastructure.Security;
using EmployerPortal.Web.Pages.Account;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Web.FunctionalTests.Account;

/// <summary>Two-factor sign-in with an authenticator app, over HTTP. Each test uses a user of its own.</summary>
public sealed partial class TwoFactorTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string EnablePage = "/Profile/TwoFactor/Enable";
    private const string ManagePage = "/Profile/TwoFactor";

    [Fact]
    public async Task A_View_Only_user_enables_two_factor_with_a_code_from_the_key_shown_and_gets_ten_recovery_codes()
    {
        var email = await CreateActiveUserAsync("tf-enable@acme.example");
        var client = await factory.SignedInClientAsync(email);

        var setupPage = await client.GetStringAsync(EnablePage);
        setupPage.ShouldContain("src=\"data:image/png;base64,");
        var key = SharedKey(setupPage);
        key.Replace(" ", string.Empty).Length.ShouldBeGreaterThanOrEqualTo(16);
        key.Split(' ').ShouldAllBe(group => group.Length <= 4);
        var response = await PortalFactory.PostFormAsync(client, EnablePage, new Dictionary<string, string> { ["Code"] = Totp.Code(key) });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        RecoveryCodes(html).Count.ShouldBe(10);
        html.ShouldContain("shown only this once");
        (await TwoFactorEnabledAsync(email)).ShouldBeTrue();
        (await client.GetStringAsync(ManagePage)).ShouldContain("data-testid=\"two-factor-state\">On<");
        var userId = await UserIdAsync(email);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.TwoFactorEnabled && a.TargetId == userId).ToListAsync());
        audit.Count.ShouldBe(1);
        audit[0].Details.ShouldBeNull();
    }

    [Fact]
    public async Task A_wrong_code_is_refused_with_a_message_beside_the_field()
    {
        var email = await CreateActiveUserAsync("tf-wrong@acme.example");
        var client = await factory.SignedInClientAsync(email);
        var key = SharedKey(await client.GetStringAsync(EnablePage));

        var response = await PortalFactory.PostFormAsync(client, EnablePage, new Dictionary<string, string> { ["Code"] = Totp.WrongCode(key) });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await response.Content.ReadAsStringAsync();
        FieldError(html).ShouldBe(Html(EnableTwoFactorHandler.WrongCodeMessage));
        SharedKey(html).ShouldBe(key);
        (await TwoFactorEnabledAsync(email)).ShouldBeFalse();
    }

    [Fact]
    public async Task Signing_in_with_two_factor_on_needs_the_code_after_the_password()
    {
        var email = await CreateActiveUserAsync("tf-signin@acme.example");
        var (key, _) = await EnableTwoFactorAsync(email);
        var client = factory.CreateBrowserLikeClient();

        var passwordStep = await PortalFactory.PostFormAsync(client, "/Account/SignIn", Credentials(email));

        passwordStep.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        passwordStep.Headers.Location!.ToString().ShouldStartWith("/Account/SignInCode");
        var notYet = await client.GetAsync("/Profile");
        notYet.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        notYet.Headers.Location!.ToString().ShouldContain("/Account/SignIn");

        var wrong = await PortalFactory.PostFormAsync(client, "/Account/SignInCode", Code(Totp.WrongCode(key)));
        wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
        FieldError(await wrong.Content.ReadAsStringAsync()).ShouldBe(Html(SignInCodeModel.InvalidCodeMessage));

        var right = await PortalFactory.PostFormAsync(client, "/Account/SignInCode", Code(Totp.Code(key)));
        right.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        right.Headers.Location!.ToString().ShouldBe("/");
        (await client.GetStringAsync("/Profile")).ShouldContain(email);

        var userId = Guid.Parse(await UserIdAsync(email));
        var actions = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.UserId == userId).Select(a => new { a.Action, a.Details }).ToListAsync());
        actions.ShouldContain(a => a.Action == AuditActions.SignInAwaitingTwoFactor);
        actions.ShouldContain(a => a.Action == AuditActions.TwoFactorSignInFailed && a.Details == "method=authenticator; reason=InvalidCode");
        actions.ShouldContain(a => a.Action == AuditActions.TwoFactorSignInSucceeded && a.Details == "method=authenticator");
        actions.ShouldNotContain(a => a.Details != null && a.Details.Contains(key.Replace(" ", string.Empty), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task An_authenticator_code_signs_in_once()
    {
        var email = await CreateActiveUserAsync("tf-once@acme.example");
        var (key, _) = await EnableTwoFactorAsync(email);
        var code = Totp.Code(key);
        var first = factory.CreateBrowserLikeClient();
        await PortalFactory.PostFormAsync(first, "/Account/SignIn", Credentials(email));
        var second = factory.CreateBrowserLikeClient();
        await PortalFactory.PostFormAsync(second, "/Account/SignIn", Credentials(email));

        var accepted = await PortalFactory.PostFormAsync(first, "/Account/SignInCode", Code(code));
        var replayed = await PortalFactory.PostFormAsync(second, "/Account/SignInCode", Code(code));

        accepted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        replayed.StatusCode.ShouldBe(HttpStatusCode.OK);
        FieldError(await replayed.Content.ReadAsStringAsync()).ShouldBe(Html(SignInCodeModel.InvalidCodeMessage));
        (await second.GetAsync("/Profile")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task The_code_that_turned_two_factor_on_does_not_sign_in()
    {
        var email = await CreateActiveUserAsync("tf-enable-once@acme.example");
        var client = await factory.SignedInClientAsync(email);
        var key = SharedKey(await client.GetStringAsync(EnablePage));
        var code = Totp.Code(key);
        (await PortalFactory.PostFormAsync(client, EnablePage, Code(code))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var signIn = factory.CreateBrowserLikeClient();
        await PortalFactory.PostFormAsync(signIn, "/Account/SignIn", Credentials(email));

        var replayed = await PortalFactory.PostFormAsync(signIn, "/Account/SignInCode", Code(code));
        var next = await PortalFactory.PostFormAsync(signIn, "/Account/SignInCode", Code(Totp.Code(key)));

        FieldError(await replayed.Content.ReadAsStringAsync()).ShouldBe(Html(SignInCodeModel.InvalidCodeMessage));
        next.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_link_followed_signed_out_lands_on_its_page_after_the_password_and_the_code()
    {
        const string deepLink = "/Results?sort=newest";
        var email = await CreateActiveUserAsync("tf-deeplink@acme.example");
        var (key, _) = await EnableTwoFactorAsync(email);
        var client = factory.CreateBrowserLikeClient();

        var signedOut = await client.GetAsync(deepLink);
        var signInPage = signedOut.Headers.Location!;
        var signInUrl = signInPage.IsAbsoluteUri ? signInPage.PathAndQuery : signInPage.OriginalString;
        var passwordStep = await PortalFactory.PostFormAsync(client, signInUrl, Credentials(email));
        passwordStep.Headers.Location!.ToString().ShouldStartWith("/Account/SignInCode");
        var codeStep = await PortalFactory.PostFormAsync(client, passwordStep.Headers.Location!.ToString(), Code(Totp.Code(key)));

        codeStep.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        codeStep.Headers.Location!.ToString().ShouldBe(deepLink, "the return address survives the second factor");
        (await client.GetAsync(deepLink)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_code_page_without_a_password_step_sends_the_user_back_to_sign_in()
    {
        var response = await factory.CreateBrowserLikeClient().GetAsync("/Account/SignInCode");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldStartWith("/Account/SignIn");
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var email = await CreateActiveUserAsync("tf-recovery@acme.example");
        var (_, recoveryCodes) = await EnableTwoFactorAsync(email);

        var first = factory.CreateBrowserLikeClient();
        await PortalFactory.PostFormAsync(first, "/Account/SignIn", Credentials(email));
        var used = await PortalFactory.PostFormAsync(first, "/Account/SignInCode", Code(recoveryCodes[0]));

        var second = factory.CreateBrowserLikeClient();
        await PortalFactory.PostFormAsync(second, "/Account/SignIn", Credentials(email));
        var reused = await PortalFactory.PostFormAsync(second, "/Account/SignInCode", Code(recoveryCodes[0]));

        used.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await first.GetAsync("/Profile")).StatusCode.ShouldBe(HttpStatusCode.OK);
        reused.StatusCode.ShouldBe(HttpStatusCode.OK);
        FieldError(await reused.Content.ReadAsStringAsync()).ShouldBe(Html(SignInCodeModel.InvalidCodeMessage));
        (await second.GetAsync("/Profile")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await first.GetStringAsync(ManagePage)).ShouldContain("data-testid=\"recovery-codes-left\">9<");
    }

    [Fact]
    public async Task Five_wrong_codes_lock_the_account()
    {
        var email = await CreateActiveUserAsync("tf-lock@acme.example");
        var (key, _) = await EnableTwoFactorAsync(email);
        var client = factory.CreateBrowserLikeClient();
        await PortalFactory.PostFormAsync(client, "/Account/SignIn", Credentials(email));

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await PortalFactory.PostFormAsync(client, "/Account/SignInCode", Code(attempt % 2 == 0 ? "WRONG-RECOV" : Totp.WrongCode(key)));
        }

        var fifth = await PortalFactory.PostFormAsync(client, "/Account/SignInCode", Code(Totp.WrongCode(key)));
        var rightAfterwards = await PortalFactory.PostFormAsync(client, "/Account/SignInCode", Code(Totp.Code(key)));

        (await fifth.Content.ReadAsStringAsync()).ShouldContain(SignInModel.LockedOutMessage);
        (await rightAfterwards.Content.ReadAsStringAsync()).ShouldContain(SignInModel.LockedOutMessage);
        (await client.GetAsync("/Profile")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Wrong_passwords_when_turning_two_factor_off_count_toward_the_lockout()
    {
        var email = await CreateActiveUserAsync("tf-off-lockout@acme.example");
        var (key, _) = await EnableTwoFactorAsync(email);
        var client = await SignInWithCodeAsync(email, key);
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await PortalFactory.PostFormAsync(client, ManagePage + "?handler=Disable", new Dictionary<string, string> { ["PasswordOrCode"] = $"not my password {attempt}" }, ManagePage);
        }

        var right = await PortalFactory.PostFormAsync(client, ManagePage + "?handler=Disable", new Dictionary<string, string> { ["PasswordOrCode"] = DemoDataSeeder.DemoPassword }, ManagePage);

        FieldError(await right.Content.ReadAsStringAsync()).ShouldBe(Html(CurrentPasswordMessages.LockedOut));
        (await TwoFactorEnabledAsync(email)).ShouldBeTrue();
    }

    [Fact]
    public async Task New_recovery_codes_replace_the_old_ones()
    {
        var email = await CreateActiveUserAsync("tf-regenerate@acme.example");
        var (key, oldCodes) = await EnableTwoFactorAsync(email);
        var client = await SignInWithCodeAsync(email, key);

        var response = await PortalFactory.PostFormAsync(client, ManagePage + "?handler=RecoveryCodes", new Dictionary<string, string>(), ManagePage);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var newCodes = RecoveryCodes(await response.Content.ReadAsStringAsync());
        newCodes.Count.ShouldBe(10);
        newCodes.ShouldNotContain(oldCodes[0]);
        var other = factory.CreateBrowserLikeClient();
        await PortalFactory.PostFormAsync(other, "/Account/SignIn", Credentials(email));
        (await PortalFactory.PostFormAsync(other, "/Account/SignInCode", Code(oldCodes[1]))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PortalFactory.PostFormAsync(other, "/Account/SignInCode", Code(newCodes[1]))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var userId = await UserIdAsync(email);
        (await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.RecoveryCodesRegenerated && a.TargetId == userId))).ShouldBe(1);
    }

    [Fact]
    public async Task Turning_two_factor_off_needs_the_password_and_then_signing_in_needs_only_the_password()
    {
        var email = await CreateActiveUserAsync("tf-disable@acme.example");
        var (key, _) = await EnableTwoFactorAsync(email);
        var client = await SignInWithCodeAsync(email, key);

        var wrong = await PortalFactory.PostFormAsync(client, ManagePage + "?handler=Disable", new Dictionary<string, string> { ["PasswordOrCode"] = "not my password at all" }, ManagePage);
        wrong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        FieldError(await wrong.Content.ReadAsStringAsync()).ShouldBe(Html(DisableTwoFactorHandler.WrongConfirmationMessage));
        (await TwoFactorEnabledAsync(email)).ShouldBeTrue();

        var right = await PortalFactory.PostFormAsync(client, ManagePage + "?handler=Disable", new Dictionary<string, string> { ["PasswordOrCode"] = DemoDataSeeder.DemoPassword }, ManagePage);

        right.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await TwoFactorEnabledAsync(email)).ShouldBeFalse();
        (await client.GetAsync("/Profile")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var passwordOnly = await PortalFactory.PostFormAsync(factory.CreateBrowserLikeClient(), "/Account/SignIn", Credentials(email));
        passwordOnly.Headers.Location!.ToString().ShouldBe("/");
    }

    [Fact]
    public async Task When_an_Admin_requires_two_factor_users_without_it_must_set_it_up_first_and_cannot_turn_it_off()
    {
        var admin = await CreateActiveUserAsync("tf-admin@globex.example", DemoDataSeeder.Globex.AccountNumber, UserRole.Admin);
        var email = await CreateActiveUserAsync("tf-required@globex.example", DemoDataSeeder.Globex.AccountNumber);
        var adminClient = await factory.SignedInClientAsync(admin);
        try
        {
            var setting = await PortalFactory.PostFormAsync(adminClient, "/Company?handler=TwoFactor", new Dictionary<string, string> { ["RequireTwoFactor"] = "true" }, "/Company");
            setting.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            (await RequiresTwoFactorAsync(DemoDataSeeder.Globex.AccountNumber)).ShouldBeTrue();
            (await RequiresTwoFactorAsync(DemoDataSeeder.Acme.AccountNumber)).ShouldBeFalse();

            var client = await factory.SignedInClientAsync(email);
            var company = await client.GetAsync("/Company");
            company.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            company.Headers.Location!.ToString().ShouldBe(TwoFactorRequirement.SetupPath + "?returnUrl=%2FCompany");
            (await client.GetAsync("/Results?sort=newest")).Headers.Location!.ToString().ShouldBe(TwoFactorRequirement.SetupPath + "?returnUrl=%2FResults%3Fsort%3Dnewest");
            (await adminClient.GetAsync("/Users")).Headers.Location!.ToString().ShouldBe(TwoFactorRequirement.SetupPath + "?returnUrl=%2FUsers");
            var setupUrl = TwoFactorRequirement.SetupPath + "?returnUrl=%2FResults%3Fsort%3Dnewest";
            var setupPage = await client.GetStringAsync(setupUrl);
            setupPage.ShouldContain("Your company requires two-factor authentication");

            var key = SharedKey(setupPage);
            var enabled = await PortalFactory.PostFormAsync(client, setupUrl, Code(Totp.Code(key)));
            enabled.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await enabled.Content.ReadAsStringAsync()).ShouldContain("href=\"/Results?sort=newest\"", customMessage: "after the setup the user goes on to the page they asked for");

            (await client.GetAsync("/Company")).StatusCode.ShouldBe(HttpStatusCode.OK);
            var manage = await client.GetStringAsync(ManagePage);
            manage.ShouldContain("data-testid=\"cannot-disable\"");
            var disable = await PortalFactory.PostFormAsync(client, ManagePage + "?handler=Disable", new Dictionary<string, string> { ["PasswordOrCode"] = DemoDataSeeder.DemoPassword }, ManagePage);
            disable.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            (await TwoFactorEnabledAsync(email)).ShouldBeTrue();
        }
        finally
        {
            await factory.WithDbAsync(async db =>
            {
                var globex = await db.Companies.SingleAsync(c => c.AccountNumber == AccountNumber.From(DemoDataSeeder.Globex.AccountNumber));
                globex.ChangeTwoFactorRequirement(false);
                return await db.SaveChangesAsync();
            });
        }
    }

    [Fact]
    public async Task A_View_Only_user_cannot_change_the_requirement()
    {
        var email = await CreateActiveUserAsync("tf-viewer@acme.example");
        var client = await factory.SignedInClientAsync(email);

        var response = await PortalFactory.PostFormAsync(client, "/Company?handler=TwoFactor", new Dictionary<string, string> { ["RequireTwoFactor"] = "true" }, "/Company");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await RequiresTwoFactorAsync(DemoDataSeeder.Acme.AccountNumber)).ShouldBeFalse();
        (await client.GetStringAsync("/Company")).ShouldNotContain("name=\"RequireTwoFactor\"");
    }

    private static Dictionary<string, string> Credentials(string email) => new()
    {
        ["Input.Email"] = email,
        ["Input.Password"] = DemoDataSeeder.DemoPassword,
    };

    private static Dictionary<string, string> Code(string code) => new() { ["Code"] = code };

    private static string Html(string text) => System.Text.Encodings.Web.HtmlEncoder.Default.Encode(text);

    private static string SharedKey(string html) => SharedKeyPattern().Match(html).Groups[1].Value.Trim();

    private static string FieldError(string html) => FieldErrorPattern().Match(html).Groups[1].Value.Trim();

    private static List<string> RecoveryCodes(string html) => RecoveryCodePattern().Matches(html).Select(m => m.Groups[1].Value).ToList();

    private async Task<string> UserIdAsync(string email) =>
        (await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == email).Select(u => u.Id).SingleAsync())).ToString();

    private Task<bool> TwoFactorEnabledAsync(string email) =>
        factory.WithDbAsync(db => db.Users.AsNoTracking().Where(u => u.UserName == email).Select(u => u.TwoFactorEnabled).SingleAsync());

    private Task<bool> RequiresTwoFactorAsync(string accountNumber) =>
        factory.WithDbAsync(db => db.Companies.AsNoTracking().Where(c => c.AccountNumber == AccountNumber.From(accountNumber)).Select(c => c.RequiresTwoFactor).SingleAsync());

    /// <summary>Turns two-factor on through the pages, as the user would; returns the key and the recovery codes.</summary>
    private async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnableTwoFactorAsync(string email)
    {
        var client = await factory.SignedInClientAsync(email);
        var key = SharedKey(await client.GetStringAsync(EnablePage));
        var response = await PortalFactory.PostFormAsync(client, EnablePage, Code(Totp.Code(key)));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (key, RecoveryCodes(await response.Content.ReadAsStringAsync()));
    }

    private async Task<HttpClient> SignInWithCodeAsync(string email, string key)
    {
        var client = factory.CreateBrowserLikeClient();
        await PortalFactory.PostFormAsync(client, "/Account/SignIn", Credentials(email));
        var response = await PortalFactory.PostFormAsync(client, "/Account/SignInCode", Code(Totp.Code(key)));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    /// <summary>Adds an active user with the demo password through the application's own commands.</summary>
    private async Task<string> CreateActiveUserAsync(string email, string accountNumber = "100200", UserRole role = UserRole.ViewOnly)
    {
        var admin = await factory.WithDbAsync(db => db.PortalUsers
            .Join(db.Companies, u => u.CompanyId, c => c.Id, (u, c) => new { User = u, c.AccountNumber })
            .Where(x => x.AccountNumber == AccountNumber.From(accountNumber) && x.User.Role == UserRole.Admin)
            .Select(x => x.User)
            .FirstAsync());
        var userId = await factory.SendAsync(
            s => s.Send(new InviteUserCommand(email, "Test", "User", role)),
            FixedActor.Employer(admin.Id, admin.CompanyId, UserRole.Admin));
        await DemoAccounts.SetInitialPasswordAsync(factory.Services, userId.ShouldNotBeNull(), DemoDataSeeder.DemoPassword);
        return email;
    }

    [GeneratedRegex("data-testid=\"shared-key\">([^<]+)<")]
    private static partial Regex SharedKeyPattern();

    [GeneratedRegex("class=\"text-danger small field-validation-error\"[^>]*>([^<]*)<")]
    private static partial Regex FieldErrorPattern();

    [GeneratedRegex("data-testid=\"recovery-code\">([^<]+)<")]
    private static partial Regex RecoveryCodePattern();
}
