using System.Net;
using EmployerPortal.Application.Users.Commands.InviteUser;
using EmployerPortal.Domain.Users;
using EmployerPortal.DemoData;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using EmployerPortal.Web.FunctionalTests.Users;

namespace EmployerPortal.Web.FunctionalTests.Account;

/// <summary>Common, breached and personal passwords are refused on My profile, with the reason beside the field.</summary>
public sealed class PasswordPolicyTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string CommonMessage = "This password is on a list of common or leaked passwords";
    private const string PersonalMessage = "Don't build the password from your name, your email address or your company's name";

    [Theory]
    [InlineData("passwordpassword", CommonMessage)]
    [InlineData("PasswordPassword", CommonMessage)]
    [InlineData("qwertyuiop123", CommonMessage)]
    [InlineData("P@ssw0rd123456", CommonMessage)]
    [InlineData("iloveyouforever", CommonMessage)]
    [InlineData("Acme-Logistics-2026!", PersonalMessage)]
    [InlineData("Logistics#Rocks#99", PersonalMessage)]
    [InlineData("Harriet-Rosalind-7", PersonalMessage)]
    [InlineData("Quigleyworth-2026", PersonalMessage)]
    public async Task A_weak_password_is_refused_beside_the_field_and_the_old_one_still_works(string password, string message)
    {
        var email = $"hquigley{Guid.NewGuid():N}"[..16] + "@acme.example";
        var admin = await factory.AdminActorAsync("admin@acme.example");
        var id = (await factory.SendAsync(s => s.Send(new InviteUserCommand(email, "Harriet", "Quigleyworth", UserRole.ViewOnly)), admin)).ShouldNotBeNull();
        await DemoAccounts.SetInitialPasswordAsync(factory.Services, id, DemoDataSeeder.DemoPassword);
        var client = await factory.SignedInClientAsync(email);

        var response = await PortalFactory.PostFormAsync(client, "/Profile?handler=Password", new Dictionary<string, string>
        {
            ["Password.CurrentPassword"] = DemoDataSeeder.DemoPassword, ["Password.NewPassword"] = password, ["Password.ConfirmPassword"] = password,
        }, formPageUrl: "/Profile");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain(message);
        html.ShouldContain("data-valmsg-for=\"Password.NewPassword\"");
        (await factory.SignedInClientAsync(email)).ShouldNotBeNull();
    }

    [Fact]
    public async Task A_strong_unrelated_password_is_accepted()
    {
        await factory.ActiveUserAsync("strong.chooser@acme.example");
        var client = await factory.SignedInClientAsync("strong.chooser@acme.example");

        var response = await PortalFactory.PostFormAsync(client, "/Profile?handler=Password", new Dictionary<string, string>
        {
            ["Password.CurrentPassword"] = DemoDataSeeder.DemoPassword, ["Password.NewPassword"] = "Velvet-Harbor-Kettle-58", ["Password.ConfirmPassword"] = "Velvet-Harbor-Kettle-58",
        }, formPageUrl: "/Profile");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}
