using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EmployerPortal.Application.Audit;
using EmployerPortal.DemoData;
using EmployerPortal.Application.Results;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using EmployerPortal.Web.FunctionalTests.Users;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Web.FunctionalTests.Results;

/// <summary>
/// "Export CSV" of the results list and "select all that match": every row of the search (not the page), read back as
/// a spreadsheet reads it, and only ever what the user may see (company, location, DER) — the data layer's scope.
/// </summary>
public sealed class ResultsExportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string[] Header =
        ["Last name", "First name", "Employee ID", "Visit date", "Category", "Result type", "Title", "Outcome", "Received", "Opened by me"];

    private static readonly string TestAndLab = EmployerPortal.Domain.Results.ResultTypes.Get(EmployerPortal.Domain.Results.ResultType.TestAndLabResults).DisplayName;

    private readonly OpsVisitsClient _ops = new(factory.OpsClient());

    private static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8].Replace('0', 'x');

    private async Task<string> VisitAsync(string surname, string firstName = "Dana", string? location = null, string category = "NonInjury")
    {
        var id = OpsVisitsClient.NewId("V");
        (await _ops.RegisterAsync(new
        {
            externalVisitId = id,
            companyAccountNumber = "100200",
            employee = new { firstName, lastName = surname, dateOfBirth = "1984-02-03", employeeId = "E-" + surname[..8] },
            category,
            scheduledAt = factory.Clock.GetUtcNow().AddDays(-2),
            clinic = "Downtown Clinic",
            locationCode = location,
        })).EnsureSuccessStatusCode();
        return id;
    }

    private static async Task<(byte[] Bytes, IReadOnlyList<string[]> Rows, string FileName)> ExportAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/Results?handler=Export&{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = new UTF8Encoding(false).GetString(bytes);
        return (bytes, Csv.Parse(text.TrimStart('\uFEFF')), response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!);
    }

    private static async Task<IReadOnlyList<Guid>> MatchingAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/Results?handler=Matching&{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. body.GetProperty("ids").EnumerateArray().Select(e => e.GetGuid())];
    }

    [Fact]
    public async Task The_export_is_one_header_row_then_every_matching_row_of_every_page_in_the_lists_order()
    {
        var surname = Unique("Csv");
        var visit = await VisitAsync(surname);
        var first = await _ops.UploadDocumentAsync(visit, "FitTestResults");
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await _ops.UploadDocumentAsync(visit, "MecDotCard", outcome: "Fail");
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        (await _ops.UploadAsync(visit, OpsVisitsClient.Metadata(OpsVisitsClient.NewId("D"), "TestAndLabResults", title: "=HYPERLINK(\"http://x\"), \"quoted\""), SamplePdfBytes())).EnsureSuccessStatusCode();
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        await admin.GetAsync($"/Results/Document/{first}");

        var (bytes, rows, fileName) = await ExportAsync(admin, $"Name={surname}&Size=10&pg=1&Sort=Received&Asc=true");

        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF }, "UTF-8 with a byte-order mark, so Excel reads accents");
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        text.Replace("\r\n", string.Empty, StringComparison.Ordinal).ShouldNotContain("\n", customMessage: "every line ends with CRLF");
        rows[0].ShouldBe(Header);
        rows.Count.ShouldBe(4);
        rows.Skip(1).Select(r => r[5]).ShouldBe(["Fit Test Results", "MEC DOT Card", TestAndLab]);
        rows[1][0].ShouldBe(surname);
        rows[1][1].ShouldBe("Dana");
        rows[1][2].ShouldBe("E-" + surname[..8]);
        rows[1][4].ShouldBe("Non-injury");
        rows[2][7].ShouldBe("Fail");
        rows[3][6].ShouldBe("'=HYPERLINK(\"http://x\"), \"quoted\"", "a formula is defused, quotes and commas survive");
        rows.Skip(1).Select(r => r[9]).ShouldBe(["Yes", "No", "No"]);
        var received = DateTimeOffset.Parse(rows[1][8], System.Globalization.CultureInfo.InvariantCulture);
        received.Offset.ShouldBe(PortalFactory.AcmeZone.GetUtcOffset(received), "the received time is Acme's local time with its offset");
        rows[1][3].ShouldBe(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(factory.Clock.GetUtcNow().AddDays(-2), PortalFactory.AcmeZone).DateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        fileName.ShouldStartWith("Results - Acme Logistics (100200)");

        var (_, newestFirst, _) = await ExportAsync(admin, $"Name={surname}&Size=10");
        newestFirst.Skip(1).Select(r => r[5]).ShouldBe([TestAndLab, "MEC DOT Card", "Fit Test Results"]);
        var (_, filtered, _) = await ExportAsync(admin, $"Name={surname}&Outcome=Fail");
        filtered.Skip(1).Select(r => r[5]).ShouldBe(["MEC DOT Card"]);
        second.ShouldNotBe(first);

        (await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.ResultsExported && a.Details == "3 rows"))).ShouldBeGreaterThanOrEqualTo(1);
        (await admin.GetStringAsync("/Audit?Action=" + AuditActions.ResultsExported)).ShouldContain("Exported results list");
    }

    [Fact]
    public async Task A_user_who_is_not_a_DER_exports_no_drug_or_alcohol_document_and_a_DER_does()
    {
        var surname = Unique("CsvDa");
        var visit = await VisitAsync(surname);
        await _ops.UploadDocumentAsync(visit, "CustodyAndControlForm", outcome: null);
        var fitTest = await _ops.UploadDocumentAsync(visit, "FitTestResults");
        var email = $"csv-nonder-{Guid.NewGuid():N}@acme.example";
        await factory.ActiveUserAsync(email);
        var viewer = await factory.SignedInClientAsync(email);
        var der = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        var (_, seen, _) = await ExportAsync(viewer, $"Name={surname}");
        var (_, all, _) = await ExportAsync(der, $"Name={surname}");

        seen.Skip(1).Select(r => r[5]).ShouldBe(["Fit Test Results"]);
        all.Skip(1).Select(r => r[5]).ShouldBe(["Custody and Control Form", "Fit Test Results"], ignoreOrder: true);
        (await MatchingAsync(viewer, $"Name={surname}")).ShouldBe([fitTest]);
        (await MatchingAsync(der, $"Name={surname}")).Count.ShouldBe(2);
        (await viewer.GetAsync($"/Results?handler=Export&Name={surname}&Type=CustodyAndControlForm")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ExportAsync(viewer, $"Name={surname}&Type=CustodyAndControlForm")).Rows.Count.ShouldBe(1, "a header and nothing else");
    }

    [Fact]
    public async Task The_Dallas_viewers_export_and_select_all_hold_no_Phoenix_row()
    {
        var surname = Unique("CsvLoc");
        var main = await VisitAsync(surname, firstName: "Main");
        var phoenix = await VisitAsync(surname, firstName: "Phoenix", location: DemoDataSeeder.PhoenixCode);
        var atMain = await _ops.UploadDocumentAsync(main);
        var atPhoenix = await _ops.UploadDocumentAsync(phoenix);
        var dallas = await factory.SignedInClientAsync(DemoDataSeeder.DallasViewerEmail);
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        var (_, rows, _) = await ExportAsync(dallas, $"Name={surname}");
        var (_, whole, _) = await ExportAsync(admin, $"Name={surname}");

        rows.Skip(1).Select(r => r[1]).ShouldBe(["Main"]);
        whole.Skip(1).Select(r => r[1]).ShouldBe(["Main", "Phoenix"], ignoreOrder: true);
        (await MatchingAsync(dallas, $"Name={surname}")).ShouldBe([atMain]);
        (await MatchingAsync(admin, $"Name={surname}")).ShouldBe([atMain, atPhoenix], ignoreOrder: true);

        var (_, everything, _) = await ExportAsync(dallas, string.Empty);
        everything.Count.ShouldBeGreaterThan(2, "the demo Dallas terminal has results of its own");
        everything.Skip(1).ShouldNotContain(r => r[0] == surname && r[1] == "Phoenix");
    }

    [Fact]
    public async Task A_company_wide_user_filters_the_list_the_export_and_select_all_by_location_and_a_Dallas_user_filtering_by_Phoenix_finds_nothing()
    {
        var surname = Unique("LocFilter");
        var atMain = await _ops.UploadDocumentAsync(await VisitAsync(surname, firstName: "Main"));
        var atPhoenix = await _ops.UploadDocumentAsync(await VisitAsync(surname, firstName: "Phoenix", location: DemoDataSeeder.PhoenixCode));
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        var page = await admin.GetStringAsync($"/Results?Name={surname}&Location=phx");
        ResultsPages.DocumentIds(page).ShouldBe([atPhoenix]);
        page.ShouldContain($"<option value=\"{DemoDataSeeder.PhoenixCode}\"");
        (await ExportAsync(admin, $"Name={surname}&Location={DemoDataSeeder.PhoenixCode}")).Rows.Skip(1).Select(r => r[1]).ShouldBe(["Phoenix"]);
        (await MatchingAsync(admin, $"Name={surname}&Location=MAIN")).ShouldBe([atMain]);

        var dallas = await factory.SignedInClientAsync(DemoDataSeeder.DallasViewerEmail);
        ResultsPages.DocumentIds(await dallas.GetStringAsync($"/Results?Name={surname}&Location={DemoDataSeeder.PhoenixCode}")).ShouldBeEmpty();
        (await MatchingAsync(dallas, $"Name={surname}&Location={DemoDataSeeder.PhoenixCode}")).ShouldBeEmpty();

        var refused = await admin.GetAsync($"/Results?Name={surname}&Location=%3Cscript%3E");
        var refusedPage = await refused.Content.ReadAsStringAsync();
        refusedPage.ShouldContain("Choose a location from the list.");
        ResultsPages.DocumentIds(refusedPage).ShouldBe([atMain, atPhoenix], ignoreOrder: true, "the refused location is dropped, the rest of the search still lists");
        (await admin.GetAsync($"/Results?handler=Export&Name={surname}&Location=%3Cscript%3E")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Another_companys_user_exports_and_selects_nothing_of_Acme_whatever_the_filters()
    {
        var surname = Unique("CsvCo");
        var visit = await VisitAsync(surname);
        var document = await _ops.UploadDocumentAsync(visit);
        var globex = await factory.SignedInClientAsync(DemoDataSeeder.Globex.AdminEmail);

        var (_, rows, fileName) = await ExportAsync(globex, $"Name={surname}&EmployeeId=E-{surname[..8]}");

        rows.ShouldBe([Header]);
        fileName.ShouldContain("Globex");
        (await MatchingAsync(globex, $"Name={surname}")).ShouldBeEmpty();
        var (_, all, _) = await ExportAsync(globex, string.Empty);
        all.ShouldNotContain(r => r[0] == surname);
        (await ResultsPages.MergeAsync(globex, [document])).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Select_all_is_refused_beyond_one_merges_cap_and_the_page_says_why()
    {
        var surname = Unique("CsvCap");
        var visit = await VisitAsync(surname);
        for (var i = 0; i <= ResultLimits.MaxMergeDocuments; i++)
        {
            await _ops.UploadDocumentAsync(visit);
        }

        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        (await admin.GetAsync($"/Results?handler=Matching&Name={surname}")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = await admin.GetStringAsync($"/Results?Name={surname}");
        page.ShouldNotContain("data-testid=\"select-all-matching\"");
        page.ShouldContain("201 results match; one merged PDF can hold at most 200 documents");
        (await MatchingAsync(admin, $"Name={surname}&Type=FitTestResults&pg=3&Size=10&Outcome=Fail")).ShouldBeEmpty();
        var (_, rows, _) = await ExportAsync(admin, $"Name={surname}&Size=10&pg=2");
        rows.Count.ShouldBe(202, "the export holds every matching row, not one page");
    }

    [Fact]
    public async Task A_refused_filter_is_a_400_not_a_silently_wider_export()
    {
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        (await admin.GetAsync("/Results?handler=Export&From=2026-05-01&To=2026-04-01")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.GetAsync("/Results?handler=Matching&From=2026-05-01&To=2026-04-01")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await factory.CreateBrowserLikeClient().GetAsync("/Results?handler=Export")).StatusCode.ShouldBeOneOf(HttpStatusCode.Redirect, HttpStatusCode.Found, HttpStatusCode.Unauthorized);
    }

    private static byte[] SamplePdfBytes() => EmployerPortal.Infrastructure.Pdf.SamplePdf.Create("Audiogram", ["Sample"]);
}
