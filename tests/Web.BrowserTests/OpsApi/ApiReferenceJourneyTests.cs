using EmployerPortal.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace EmployerPortal.Web.BrowserTests.OpsApi;

public sealed class ApiReferenceJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_api_reference_runs_its_scripts_under_the_portals_content_security_policy()
    {
        var page = await fixture.NewPageAsync();
        var blocked = new List<string>();
        page.Console += (_, message) =>
        {
            // Script violations only: two inline style applications of the reference's own bundle stay blocked (no 'unsafe-inline'), harmlessly.
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) && message.Text.Contains("script-src", StringComparison.Ordinal))
            {
                blocked.Add(message.Text);
            }
        };

        var response = await page.GotoAsync("/scalar/v1");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        response!.Status.ShouldBe(200);
        response.Headers["content-security-policy"].ShouldNotContain("unsafe-inline");
        await Assertions.Expect(page.GetByText("/api/ops/v1/companies").First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        blocked.ShouldBeEmpty();
    }
}
