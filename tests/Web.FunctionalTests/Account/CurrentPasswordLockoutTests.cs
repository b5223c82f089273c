using System.Net;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.DemoData;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using EmployerPortal.Web.FunctionalTests.Users;
using EmployerPortal.Web.Pages.Account;

namespace EmployerPortal.Web.FunctionalTests.Account;

/// <summary>The current password asked again on My profile counts toward the lockout, as a wrong sign-in does.</summary>
public sealed class CurrentPasswordLockoutTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Five_wrong_current_passwords_lock_the_account_and_the_right_one_is_then_refused()
    {
        const string email = "current.lockout@acme.example";
        await factory.ActiveUserAsync(email);
        var client = await factory.SignedInClientAsync(email);
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var wrong = await ChangePasswordAsync(client, $"not my password {attempt}");
            wrong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await wrong.Content.ReadAsStringAsync()).ShouldContain(CurrentPasswordMessages.Wrong);
        }

        var fifth = await ChangePasswordAsync(client, "not my password 5");
        var right = await ChangePasswordAsync(client, DemoDataSeeder.DemoPassword);
        var signIn = await PortalFactory.PostFormAsync(factory.CreateBrowserLikeClient(), "/Account/SignIn", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = DemoDataSeeder.DemoPassword,
        });

        (await fifth.Content.ReadAsStringAsync()).ShouldContain(CurrentPasswordMessages.LockedOut);
        right.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await right.Content.ReadAsStringAsync()).ShouldContain(CurrentPasswordMessages.LockedOut);
        (await signIn.Content.ReadAsStringAsync()).ShouldContain(SignInModel.LockedOutMessage);
    }

    private static Task<HttpResponseMessage> ChangePasswordAsync(HttpClient client, string currentPassword) =>
        PortalFactory.PostFormAsync(client, "/Profile?handler=Password", new Dictionary<string, string>
        {
            ["Password.CurrentPassword"] = currentPassword, ["Password.NewPassword"] = UserTestData.NewPassword, ["Password.ConfirmPassword"] = UserTestData.NewPassword,
        }, formPageUrl: "/Profile");
}
