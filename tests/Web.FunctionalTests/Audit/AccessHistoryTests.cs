using System.Net;
using EmployerPortal.Application.Audit;
using EmployerPortal.DemoData;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using EmployerPortal.Web.FunctionalTests.Users;

namespace EmployerPortal.Web.FunctionalTests.Audit;

public sealed class AccessHistoryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_view_only_user_can_reach_neither_the_access_history_nor_its_export()
    {
        var client = await factory.SignedInClientAsync(DemoDataSeeder.Acme.ViewerEmail!);

        (await client.GetAsync("/Audit")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync("/Audit?handler=Export")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetStringAsync("/Company")).ShouldNotContain("href=\"/Audit\"");
    }

    [Fact]
    public async Task Sign_ins_failures_and_sign_outs_are_recorded_with_who_and_from_where()
    {
        var id = await factory.ActiveUserAsync("audited@acme.example");
        await Should.ThrowAsync<InvalidOperationException>(() => factory.SignedInClientAsync("audited@acme.example", "wrong-password-123"));
        var session = await factory.SignedInClientAsync("audited@acme.example");
        await PortalFactory.PostFormAsync(session, "/Account/SignOut", UserTestData.NoFields(), formPageUrl: "/Company");
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        var page = await admin.GetStringAsync($"/Audit?UserId={id}");

        page.ShouldContain(AuditActions.SignInFailed);
        page.ShouldContain("reason=InvalidCredentials");
        page.ShouldContain(AuditActions.SignInSucceeded);
        page.ShouldContain(AuditActions.SignedOut);
        page.ShouldContain("Test User &lt;audited@acme.example&gt;");
        (await factory.UserAsync("audited@acme.example")).LastSignInAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task The_history_filters_by_action_and_date_and_never_shows_another_companys_entries()
    {
        await factory.SignedInClientAsync(DemoDataSeeder.Globex.AdminEmail);
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var today = factory.AcmeToday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var tomorrow = factory.AcmeToday.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var signIns = await admin.GetStringAsync($"/Audit?Action={AuditActions.SignInSucceeded}&From={today}&To={today}");
        var future = await admin.GetStringAsync($"/Audit?From={tomorrow}");

        signIns.ShouldContain("admin@acme.example");
        signIns.ShouldNotContain("admin@globex.example");
        signIns.ShouldNotContain($"data-testid=\"history-action\">{AuditActions.UserInvited}<");
        signIns.ShouldContain($"data-testid=\"history-action\">{AuditActions.SignInSucceeded}<");
        future.ShouldContain("0 entries");
    }

    [Fact]
    public async Task The_history_exports_as_csv()
    {
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        var response = await admin.GetAsync($"/Audit?handler=Export&Action={AuditActions.SignInSucceeded}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var fileName = response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!.Trim('"');
        fileName.ShouldStartWith("Access history - Acme Logistics (100200) - start to ");
        fileName.ShouldEndWith(".csv");
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("Time,Who,Action");
        lines.Skip(1).ShouldAllBe(l => l.Contains(AuditActions.SignInSucceeded));
        lines[1].ShouldMatch(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}-0[56]:00,", "Acme's local time with its offset");
        lines.Length.ShouldBeGreaterThan(1);
    }
}
