using System.Net;
using System.Net.Http.Json;
using EmployerPortal.Web.FunctionalTests.Infrastructure;

namespace EmployerPortal.Web.FunctionalTests.Companies;

/// <summary>The "done when": ops provisions a company, its first Admin is invited by email, accepts and signs in.</summary>
public sealed class ProvisioningInvitationTests(SmtpPortalFactory factory) : IClassFixture<SmtpPortalFactory>
{
    [Fact]
    public async Task The_first_admin_of_a_provisioned_company_is_invited_by_email_and_can_then_sign_in()
    {
        (await factory.OpsClient().PostAsJsonAsync("/api/ops/v1/companies", OpsCompaniesApiTests.NewCompany("760001", "first.admin@initech.example")))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var invitation = (await factory.ReceivedForAsync("first.admin@initech.example")).ShouldHaveSingleItem();
        invitation.Subject.ShouldBe("Occupational Health Partners invited you to the Occupational Health Partners Employer Portal for Initech Corp");
        var link = SmtpPortalFactory.LinkIn(invitation, "/Account/AcceptInvitation");
        var accepted = await PortalFactory.PostFormAsync(factory.CreateBrowserLikeClient(), link, new Dictionary<string, string>
        {
            ["Input.Password"] = "Stapler-Red-Swingline-9",
            ["Input.ConfirmPassword"] = "Stapler-Red-Swingline-9",
        }, formPageUrl: "/Account/SignIn");
        accepted.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var admin = await factory.SignedInClientAsync("first.admin@initech.example", "Stapler-Red-Swingline-9");
        (await admin.GetStringAsync("/Company")).ShouldContain("Initech Corp");
    }
}
