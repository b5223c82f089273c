using System.Net;
using EmployerPortal.DemoData;
using EmployerPortal.Web.FunctionalTests.Infrastructure;

namespace EmployerPortal.Web.FunctionalTests.Companies;

public sealed class CompanyAccountIsolationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var response = await factory.CreateBrowserLikeClient().GetAsync("/Company");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/SignIn");
    }

    [Fact]
    public async Task Each_company_sees_its_own_account_and_never_the_other()
    {
        var globex = await (await factory.SignedInClientAsync(DemoDataSeeder.Globex.AdminEmail)).GetStringAsync("/Company");
        var acme = await (await factory.SignedInClientAsync(DemoDataSeeder.Acme.ViewerEmail!)).GetStringAsync("/Company");

        globex.ShouldContain("Globex Manufacturing");
        globex.ShouldNotContain("Acme Logistics");
        globex.ShouldNotContain("100200");
        acme.ShouldContain("Acme Logistics");
        acme.ShouldNotContain("Globex");
    }

    [Fact]
    public async Task The_navigation_shows_the_account_link_to_a_signed_in_user()
    {
        var page = await (await factory.SignedInClientAsync(DemoDataSeeder.Acme.ViewerEmail!)).GetStringAsync("/Company");

        page.ShouldContain("href=\"/Company\"");
        page.ShouldContain("Victor Viewer");
    }

    [Fact]
    public async Task An_unknown_page_answers_a_friendly_404()
    {
        var client = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        var response = await client.GetAsync("/no-such-page");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Page not found");
    }
}
