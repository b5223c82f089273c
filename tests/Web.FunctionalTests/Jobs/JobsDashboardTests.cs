using System.Net;
using EmployerPortal.DemoData;
using EmployerPortal.Web.CommandLine;
using EmployerPortal.Web.FunctionalTests.Infrastructure;

namespace EmployerPortal.Web.FunctionalTests.Jobs;

public sealed class JobsDashboardTests(JobServerPortalFactory factory) : IClassFixture<JobServerPortalFactory>
{
    [Fact]
    public async Task The_jobs_dashboard_refuses_a_signed_in_employer_admin()
    {
        var client = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        var response = await client.GetAsync("/ops/jobs");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("Recurring Jobs");
    }

    [Fact]
    public async Task The_jobs_dashboard_refuses_an_employer_user_even_with_an_ops_key()
    {
        var client = await factory.SignedInClientAsync(DemoDataSeeder.Acme.ViewerEmail!);
        client.DefaultRequestHeaders.Add("X-Api-Key", PortalFactory.DevelopmentApiKey);

        var response = await client.GetAsync("/ops/jobs");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_jobs_dashboard_refuses_an_anonymous_remote_request()
    {
        var response = await factory.CreateBrowserLikeClient().GetAsync("/ops/jobs");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Ops_with_an_api_key_see_the_dashboard_and_the_recurring_sweeps()
    {
        var response = await factory.OpsClient().GetAsync("/ops/jobs/recurring");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("letters-no-show");
        html.ShouldContain("letters-recheck-reminders");
    }

    [Fact]
    public async Task An_ops_key_without_the_jobs_scope_does_not_open_the_dashboard()
    {
        var key = await CreateKeyAsync("dashboard-no-jobs", "companies,visits,authorizations,account-requests");

        var response = await factory.OpsClient(key).GetAsync("/ops/jobs/recurring");

        response.StatusCode.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("letters-no-show");
    }

    [Fact]
    public async Task An_ops_key_with_the_jobs_scope_opens_the_dashboard()
    {
        var key = await CreateKeyAsync("dashboard-jobs", "jobs");

        var response = await factory.OpsClient(key).GetAsync("/ops/jobs/recurring");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("letters-no-show");
    }

    [Fact]
    public async Task A_wrong_api_key_does_not_open_the_dashboard()
    {
        var response = await factory.OpsClient("not-a-key").GetAsync("/ops/jobs");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private async Task<string> CreateKeyAsync(string name, string scopes)
    {
        var output = new StringWriter();
        var exitCode = await OpsKeyCommandLine.RunAsync(factory.Services, ["ops-key", "create", "--name", name, "--scopes", scopes], output, new StringWriter());
        exitCode.ShouldBe(0);
        return output.ToString().Trim().Split('\n')[^1].Trim();
    }
}
