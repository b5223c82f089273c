using System.Net;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Users;
using EmployerPortal.DemoData;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using EmployerPortal.Web.Pages.Account;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Web.FunctionalTests.Account;

public sealed class SignInTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> Credentials(string email, string password) => new()
    {
        ["Input.Email"] = email,
        ["Input.Password"] = password,
    };

    [Fact]
    public async Task The_demo_admin_signs_in_and_reads_the_company_account_page()
    {
        var client = factory.CreateBrowserLikeClient();

        var response = await PortalFactory.PostFormAsync(client, "/Account/SignIn", Credentials(DemoDataSeeder.Acme.AdminEmail, DemoDataSeeder.DemoPassword));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/");
        var account = await client.GetStringAsync("/Company");
        account.ShouldContain("Acme Logistics");
        account.ShouldContain("100200");
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_email_get_the_same_answer()
    {
        var wrongPassword = await PortalFactory.PostFormAsync(factory.CreateBrowserLikeClient(), "/Account/SignIn", Credentials(DemoDataSeeder.Globex.AdminEmail, "wrong password!"));
        var unknownEmail = await PortalFactory.PostFormAsync(factory.CreateBrowserLikeClient(), "/Account/SignIn", Credentials("nobody@nowhere.example", "wrong password!"));

        wrongPassword.StatusCode.ShouldBe(HttpStatusCode.OK);
        unknownEmail.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await wrongPassword.Content.ReadAsStringAsync()).ShouldContain(SignInModel.InvalidCredentialsMessage);
        (await unknownEmail.Content.ReadAsStringAsync()).ShouldContain(SignInModel.InvalidCredentialsMessage);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_the_right_password_is_then_refused()
    {
        var email = await CreateActiveUserAsync("lockme@acme.example");
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var wrong = await PortalFactory.PostFormAsync(factory.CreateBrowserLikeClient(), "/Account/SignIn", Credentials(email, $"wrong password {attempt}"));
            wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var sixth = await PortalFactory.PostFormAsync(factory.CreateBrowserLikeClient(), "/Account/SignIn", Credentials(email, DemoDataSeeder.DemoPassword));

        sixth.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await sixth.Content.ReadAsStringAsync()).ShouldContain(SignInModel.LockedOutMessage);
    }

    [Fact]
    public async Task The_lockout_lasts_fifteen_minutes()
    {
        var email = await CreateActiveUserAsync("unlockme@acme.example");
        var before = DateTimeOffset.UtcNow;
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await PortalFactory.PostFormAsync(factory.CreateBrowserLikeClient(), "/Account/SignIn", Credentials(email, "wrong password"));
        }

        var lockoutEnd = await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == email).Select(u => u.LockoutEnd).SingleAsync());

        lockoutEnd.ShouldNotBeNull();
        lockoutEnd.Value.ShouldBeInRange(before.AddMinutes(15), DateTimeOffset.UtcNow.AddMinutes(15));
    }

    [Fact]
    public async Task A_user_of_a_suspended_company_gets_the_answer_of_a_wrong_password()
    {
        var email = await CreateActiveUserAsync("suspended@globex.example", DemoDataSeeder.Globex.AccountNumber);
        await factory.WithDbAsync(async db =>
        {
            var globex = await db.Companies.SingleAsync(c => c.AccountNumber == AccountNumber.From(DemoDataSeeder.Globex.AccountNumber));
            var otherUsers = await db.PortalUsers.Where(u => u.CompanyId == globex.Id && u.Email != email).ToListAsync();
            globex.ChangeSettings(CompanyStatus.Suspended, null, [], factory.Clock.GetUtcNow());
            await db.SaveChangesAsync();
            return otherUsers.Count;
        });

        try
        {
            var rightPassword = await PortalFactory.PostFormAsync(factory.CreateBrowserLikeClient(), "/Account/SignIn", Credentials(email, DemoDataSeeder.DemoPassword));
            var wrongPassword = await PortalFactory.PostFormAsync(factory.CreateBrowserLikeClient(), "/Account/SignIn", Credentials(email, "wrong password!"));

            await ShouldBeTheInvalidCredentialsAnswerAsync(rightPassword);
            await ShouldBeTheInvalidCredentialsAnswerAsync(wrongPassword);
        }
        finally
        {
            await factory.WithDbAsync(async db =>
            {
                var globex = await db.Companies.SingleAsync(c => c.AccountNumber == AccountNumber.From(DemoDataSeeder.Globex.AccountNumber));
                globex.ChangeSettings(CompanyStatus.Active, null, [], factory.Clock.GetUtcNow());
                return await db.SaveChangesAsync();
            });
        }
    }

    [Fact]
    public async Task A_disabled_user_gets_the_answer_of_a_wrong_password_whichever_password_is_sent()
    {
        var email = await CreateActiveUserAsync("disabled@acme.example");
        await factory.WithDbAsync(async db =>
        {
            var user = await db.PortalUsers.SingleAsync(u => u.Email == email);
            user.Disable(Domain.Common.PortalUserId.New(), companyWideAdmins: 2, factory.Clock.GetUtcNow());
            return await db.SaveChangesAsync();
        });

        var rightPassword = await PortalFactory.PostFormAsync(factory.CreateBrowserLikeClient(), "/Account/SignIn", Credentials(email, DemoDataSeeder.DemoPassword));
        var wrongPassword = await PortalFactory.PostFormAsync(factory.CreateBrowserLikeClient(), "/Account/SignIn", Credentials(email, "wrong password!"));

        await ShouldBeTheInvalidCredentialsAnswerAsync(rightPassword);
        await ShouldBeTheInvalidCredentialsAnswerAsync(wrongPassword);
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_refused()
    {
        var client = factory.CreateBrowserLikeClient();

        var response = await client.PostAsync("/Account/SignIn", new FormUrlEncodedContent(Credentials(DemoDataSeeder.Acme.AdminEmail, DemoDataSeeder.DemoPassword)));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    /// <summary>The page a wrong password gets: 200 with the one generic message and nothing else about the account.</summary>
    private static async Task ShouldBeTheInvalidCredentialsAnswerAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain(SignInModel.InvalidCredentialsMessage);
        html.ShouldNotContain("cannot sign in");
        html.ShouldNotContain("locked");
    }

    /// <summary>Adds an active View Only user with the demo password through the application's own commands.</summary>
    private async Task<string> CreateActiveUserAsync(string email, string accountNumber = "100200")
    {
        var admin = await factory.WithDbAsync(db => db.PortalUsers
            .Join(db.Companies, u => u.CompanyId, c => c.Id, (u, c) => new { User = u, c.AccountNumber })
            .Where(x => x.AccountNumber == AccountNumber.From(accountNumber) && x.User.Role == UserRole.Admin)
            .Select(x => x.User)
            .FirstAsync());
        var userId = await factory.SendAsync(
            s => s.Send(new Application.Users.Commands.InviteUser.InviteUserCommand(email, "Test", "User", UserRole.ViewOnly)),
            Application.Common.Security.FixedActor.Employer(admin.Id, admin.CompanyId, UserRole.Admin));
        await DemoAccounts.SetInitialPasswordAsync(factory.Services, userId.ShouldNotBeNull(), DemoDataSeeder.DemoPassword);
        return email;
    }
}
