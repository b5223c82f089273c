using System.Net;
using EmployerPortal.Application.Audit;
using EmployerPortal.DemoData;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using EmployerPortal.Web.FunctionalTests.Results;
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

        page.ShouldContain("data-testid=\"history-action\">Sign-in failed<");
        page.ShouldContain("Invalid credentials");
        page.ShouldNotContain("reason=");
        page.ShouldContain("data-testid=\"history-action\">Signed in<");
        page.ShouldContain("data-testid=\"history-action\">Signed out<");
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
        signIns.ShouldNotContain("data-testid=\"history-action\">Invited user<");
        signIns.ShouldContain("data-testid=\"history-action\">Signed in<");
        future.ShouldContain("0 entries");
    }

    [Fact]
    public async Task An_opened_result_is_named_by_its_employee_and_title_not_its_id()
    {
        var (surname, document) = await ResultOfNewEmployeeAsync();
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        (await admin.GetAsync($"/Results/Document/{document}")).EnsureSuccessStatusCode();

        var page = await admin.GetStringAsync($"/Audit?Action={AuditActions.ResultViewed}");

        var row = RowNaming(page, surname);
        row.ShouldContain("data-testid=\"history-action\">Opened result<");
        row.ShouldContain($"data-testid=\"history-what\">Fit Test Results for Dana {surname}<");
        page.ShouldNotContain(document.ToString());
    }

    [Fact]
    public async Task The_history_filters_by_employee_and_by_action_in_words()
    {
        var (surname, document) = await ResultOfNewEmployeeAsync();
        var (otherSurname, other) = await ResultOfNewEmployeeAsync();
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        (await admin.GetAsync($"/Results/Document/{document}")).EnsureSuccessStatusCode();
        (await admin.GetAsync($"/Results/Document/{document}?handler=Download")).EnsureSuccessStatusCode();
        (await admin.GetAsync($"/Results/Document/{other}")).EnsureSuccessStatusCode();

        var employee = await admin.GetStringAsync($"/Audit?Employee={surname}");
        var downloads = await admin.GetStringAsync($"/Audit?Employee={surname}&Action={AuditActions.ResultDownloaded}");

        employee.ShouldContain("2 entries");
        employee.ShouldNotContain(otherSurname);
        downloads.ShouldContain("1 entries");
        downloads.ShouldContain("data-testid=\"history-action\">Downloaded result<");
        downloads.ShouldNotContain("data-testid=\"history-action\">Opened result<");
        employee.ShouldContain($"<option value=\"{AuditActions.ResultDownloaded}\">Downloaded result</option>");
    }

    [Fact]
    public async Task The_export_holds_exactly_the_filtered_rows_under_one_header_row()
    {
        var (surname, document) = await ResultOfNewEmployeeAsync();
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        (await admin.GetAsync($"/Results/Document/{document}")).EnsureSuccessStatusCode();
        (await admin.GetAsync($"/Results/Document/{document}?handler=Download")).EnsureSuccessStatusCode();
        var page = await admin.GetStringAsync($"/Audit?Employee={surname}&Action={AuditActions.ResultDownloaded}");
        var link = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(page, "<a [^>]*data-testid=\"export-csv\"[^>]*href=\"([^\"]*)\"").Groups[1].Value);

        var response = await admin.GetAsync(link);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var fileName = response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!.Trim('"');
        fileName.ShouldStartWith("Access history - Acme Logistics (100200) - start to ");
        fileName.ShouldEndWith(".csv");
        var rows = Csv.Parse((await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF'));
        rows[0].ShouldBe(["Time", "Who", "Action", "What", "Details", "Client address"]);
        rows.Count.ShouldBe(2, "one header row and the one download of this employee's result");
        rows[1][0].ShouldMatch(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}-0[56]:00$", "Acme's local time with its offset");
        rows[1][1].ShouldContain("admin@acme.example");
        rows[1][2].ShouldBe("Downloaded result");
        rows[1][3].ShouldBe($"Fit Test Results for Dana {surname}");
    }

    [Fact]
    public async Task A_reversed_date_range_is_explained_beside_the_field_and_the_history_still_shows()
    {
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var today = factory.AcmeToday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var yesterday = factory.AcmeToday.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var response = await admin.GetAsync($"/Audit?From={today}&To={yesterday}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.Content.ReadAsStringAsync();
        page.ShouldMatch("data-valmsg-for=\"To\"[^>]*>The end date must not be before the start date.<");
        page.ShouldContain("data-testid=\"history-row\"");
    }

    private async Task<(string Surname, Guid Document)> ResultOfNewEmployeeAsync()
    {
        var ops = new OpsVisitsClient(factory.OpsClient());
        var surname = "Audited" + Guid.NewGuid().ToString("N")[..8];
        var visit = await ops.RegisterVisitAsync(lastName: surname, employeeId: null, scheduledAt: factory.Clock.GetUtcNow());
        return (surname, await ops.UploadDocumentAsync(visit));
    }

    /// <summary>The table row that holds <paramref name="text"/>.</summary>
    private static string RowNaming(string page, string text)
    {
        var at = page.IndexOf(text, StringComparison.Ordinal);
        var start = page.LastIndexOf("<tr", at, StringComparison.Ordinal);
        return page[start..page.IndexOf("</tr>", at, StringComparison.Ordinal)];
    }
}
