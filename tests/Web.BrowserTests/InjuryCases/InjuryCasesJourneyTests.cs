using System.Net.Http.Json;
using System.Text.Json;
using EmployerPortal.DemoData;
using EmployerPortal.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EmployerPortal.Web.BrowserTests.InjuryCases;

/// <summary>A safety manager finds the employee's work status, opens the case, and (Admin) exports the OSHA 300 log.</summary>
public sealed class InjuryCasesJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private HttpClient Ops() => fixture.OpsClient();

    private DateOnly AcmeToday => fixture.Portal.AcmeToday;

    /// <summary>A case at Dallas, off work for two days after the injury, then on modified duty.</summary>
    private async Task<(Guid CaseId, string Surname, string CaseNumber)> CaseAsync(string prefix, DateOnly injured, string? locationCode = null)
    {
        using var ops = Ops();
        var surname = prefix + Guid.NewGuid().ToString("N")[..6];
        var visit = $"BV-{Guid.NewGuid():N}"[..20];
        var caseNumber = $"BC-{Guid.NewGuid():N}"[..9];
        var registered = await ops.PostAsJsonAsync("/api/ops/v1/visits", new
        {
            externalVisitId = visit,
            companyAccountNumber = "100200",
            employee = new { firstName = "Robin", lastName = surname, dateOfBirth = "1979-08-30" },
            category = "Injury",
            scheduledAt = fixture.Portal.Clock.GetUtcNow().AddDays(-1),
            clinic = "Downtown Occupational Health",
            locationCode,
            injuryCase = new { externalCaseId = caseNumber, injuryDate = injured.ToString("yyyy-MM-dd"), bodyPart = "Right knee", description = "Fell from a trailer step" },
        });
        registered.EnsureSuccessStatusCode();
        var id = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("injuryCase").GetProperty("injuryCaseId").GetGuid();
        (await ops.PostAsJsonAsync($"/api/ops/v1/visits/{visit}/work-status", new { status = "OffWork", effectiveFrom = injured.ToString("yyyy-MM-dd") })).EnsureSuccessStatusCode();
        (await ops.PostAsJsonAsync($"/api/ops/v1/visits/{visit}/work-status", new
        {
            status = "ModifiedDuty",
            restrictions = new[] { "No kneeling" },
            effectiveFrom = injured.AddDays(3).ToString("yyyy-MM-dd"),
            nextAppointmentAt = fixture.Portal.Clock.GetUtcNow().AddDays(2),
        })).EnsureSuccessStatusCode();
        return (id, surname, caseNumber);
    }

    [Fact]
    public async Task A_viewer_finds_the_work_status_in_the_list_opens_the_case_and_both_pages_pass_axe()
    {
        var (_, surname, _) = await CaseAsync("Journey", AcmeToday.AddDays(-5));
        var page = await fixture.SignedInPageAsync(DemoDataSeeder.Acme.ViewerEmail!);

        await page.GetByRole(AriaRole.Link, new() { Name = "Injury cases", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Injury cases" })).ToBeVisibleAsync();
        await page.GetByLabel("Work status").SelectOptionAsync(new SelectOptionValue { Label = "Modified duty" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        var row = page.GetByTestId("case-row").Filter(new() { HasText = surname });
        await Expect(row).ToContainTextAsync("No kneeling");
        await Expect(row.GetByTestId("case-days")).ToHaveTextAsync("2 away / 3 restricted");
        await Expect(row.GetByTestId("case-next-appointment")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"\d{1,2}:\d{2} [AP]M C[DS]T$"));
        await BrowserFixture.CheckPageAsync(page, "injury-cases");

        await row.GetByTestId("case-link").ClickAsync();
        await Expect(page.GetByTestId("case-employee")).ToHaveTextAsync($"Robin {surname}");
        await Expect(page.GetByTestId("case-work-status")).ToHaveTextAsync("Modified duty");
        await Expect(page.GetByTestId("case-timeline").GetByTestId("timeline-entry")).ToHaveCountAsync(3);
        await Expect(page.GetByText("Right knee")).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "injury-case");
    }

    [Fact]
    public async Task At_390_pixels_the_cases_list_and_a_case_page_do_not_scroll_sideways()
    {
        var (id, _, _) = await CaseAsync("Narrow", AcmeToday.AddDays(-3));
        var page = await fixture.SignedInPageAsync(DemoDataSeeder.Acme.AdminEmail);
        await page.SetViewportSizeAsync(390, 844);

        foreach (var (url, name) in new[] { ("/InjuryCases", "injury-cases-390"), ($"/InjuryCases/Details/{id}", "injury-case-390"), ("/InjuryCases/Osha", "osha-300-390") })
        {
            await page.GotoAsync(url);
            (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390, url);
            await BrowserFixture.CheckPageAsync(page, name);
        }
    }

    [Fact]
    public async Task An_admin_marks_a_case_recordable_and_a_privacy_case_and_exports_the_OSHA_300_log_as_CSV_and_PDF()
    {
        // A year-start injury would fall in last year's log; keep the case in this calendar year.
        var injured = AcmeToday.DayOfYear > 6 ? AcmeToday.AddDays(-5) : new DateOnly(AcmeToday.Year, 1, 1);
        var (id, surname, caseNumber) = await CaseAsync("Osha", injured);
        var page = await fixture.SignedInPageAsync(DemoDataSeeder.Acme.AdminEmail);

        await page.GotoAsync($"/InjuryCases/Details/{id}");
        await page.GetByLabel("Recordable: goes on the OSHA 300 log").CheckAsync();
        await page.GetByLabel("Privacy case: the log says \"Privacy case\" instead of the name").CheckAsync();
        await page.GetByTestId("save-osha").ClickAsync();
        await Expect(page.GetByTestId("flash")).ToHaveTextAsync("OSHA recording saved.");

        await page.GotoAsync("/InjuryCases");
        await page.GetByTestId("osha-link").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "OSHA 300 log" })).ToBeVisibleAsync();
        var row = page.GetByTestId("osha-row").Filter(new() { HasText = caseNumber });
        await Expect(row).ToContainTextAsync("Privacy case");
        await Expect(row).Not.ToContainTextAsync(surname);
        await BrowserFixture.CheckPageAsync(page, "osha-300");

        var csvDownload = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("osha-csv").ClickAsync());
        var lines = (await File.ReadAllTextAsync(await csvDownload.PathAsync())).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("Case no.,Employee's name,Job title,Date of injury or onset of illness");
        lines.Count(l => l.StartsWith("Case no.", StringComparison.Ordinal)).ShouldBe(1, "one header row");
        var line = lines.Single(l => l.StartsWith(caseNumber + ",", StringComparison.Ordinal));
        line.ShouldContain("Privacy case");
        line.ShouldNotContain(surname);
        line.ShouldContain(injured.ToString("yyyy-MM-dd"));
        line.ShouldContain("Days away from work");
        line.ShouldContain("\"Right knee, Fell from a trailer step\"");

        var pdfDownload = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("osha-pdf").ClickAsync());
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await pdfDownload.PathAsync());
        // Table cells wrap inside their column: compare the words without the spaces PdfPig may drop at a wrap.
        var text = string.Concat(pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        text.ShouldContain("OSHAForm300");
        text.ShouldContain("DallasTerminal");
        text.ShouldContain(caseNumber);
        text.ShouldContain("Privacycase");
        text.ShouldNotContain(surname);
    }

    [Fact]
    public async Task An_admin_completes_the_OSHA_301_from_the_case_page_and_reads_it_back_in_the_PDF()
    {
        var (_, surname, caseNumber) = await CaseAsync("Form", AcmeToday.AddDays(-4));
        var page = await fixture.SignedInPageAsync(DemoDataSeeder.Acme.AdminEmail);
        await page.GotoAsync("/InjuryCases");
        await page.GetByTestId("case-row").Filter(new() { HasText = surname }).GetByTestId("case-link").ClickAsync();

        await page.GetByTestId("osha301-link").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "OSHA 301 incident report" })).ToBeVisibleAsync();
        await Expect(page.GetByText("From the case: Right knee")).ToBeVisibleAsync();
        await page.GetByLabel("Street").FillAsync("48 Cedar Ln");
        await page.GetByLabel("City").FillAsync("Dallas");
        await page.GetByLabel("State").FillAsync("TX");
        await page.GetByLabel("ZIP code").FillAsync("75204");
        await page.GetByLabel("Physician or other health care professional").FillAsync("Dr. Lena Ortiz");
        await page.GetByLabel("Treated in an emergency room?").SelectOptionAsync(new SelectOptionValue { Label = "No" });
        await page.GetByLabel("What was the employee doing just before the incident occurred?").FillAsync("Stepping down from trailer 7");
        await page.GetByLabel("What object or substance directly harmed the employee?").FillAsync("Trailer step");
        await page.GetByLabel("Completed by", new() { Exact = true }).FillAsync("Ana Ruiz");
        await page.GetByTestId("save-osha301").ClickAsync();
        await Expect(page.GetByTestId("flash")).ToHaveTextAsync("OSHA 301 report saved.");
        await Expect(page.GetByLabel("Treated in an emergency room?")).ToHaveValueAsync("false");
        await BrowserFixture.CheckPageAsync(page, "osha-301");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("osha301-pdf").ClickAsync());
        download.SuggestedFilename.ShouldBe($"OSHA 301 case {caseNumber}.pdf");
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await download.PathAsync());
        var text = string.Concat(pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        foreach (var expected in new[] { $"Robin {surname}", "48 Cedar Ln", "Dallas, TX 75204", "Dr. Lena Ortiz", "Stepping down from trailer 7", "Right knee", "Fell from a trailer step" })
        {
            text.ShouldContain(expected.Replace(" ", "", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task An_admin_enters_the_establishment_details_and_exports_the_300A_summary_as_PDF()
    {
        var year = AcmeToday.Year - 1;
        var (id, _, _) = await CaseAsync("Summary", new DateOnly(year, 11, 2), "PHX");
        var page = await fixture.SignedInPageAsync(DemoDataSeeder.Acme.AdminEmail);
        await page.GotoAsync($"/InjuryCases/Details/{id}");
        await page.GetByLabel("Recordable: goes on the OSHA 300 log").CheckAsync();
        await page.GetByTestId("save-osha").ClickAsync();

        await page.GotoAsync("/InjuryCases/Osha");
        await page.GetByLabel("Establishment", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Value = "PHX" });
        await page.GetByLabel("Calendar year").FillAsync(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        var form = page.GetByTestId("osha-establishment-form");
        await form.GetByLabel("Establishment name").FillAsync("Phoenix Yard");
        await form.GetByLabel("Street").FillAsync("900 Desert Way");
        await form.GetByLabel("City").FillAsync("Phoenix");
        await form.GetByLabel("State").FillAsync("AZ");
        await form.GetByLabel("ZIP code").FillAsync("85001");
        await form.GetByLabel("Industry description").FillAsync("Trucking and warehousing");
        await form.GetByLabel("NAICS code").FillAsync("484121");
        await form.GetByLabel("Annual average number of employees").FillAsync("40");
        await form.GetByLabel("Total hours worked by all employees").FillAsync("80000");
        await page.GetByTestId("osha-establishment-save").ClickAsync();

        await Expect(page.GetByText("Establishment details saved.")).ToBeVisibleAsync();
        var daysAwayCases = int.Parse(await page.GetByTestId("summary-days-away-cases").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        daysAwayCases.ShouldBeGreaterThanOrEqualTo(1, "the case was off work for two days");
        await BrowserFixture.CheckPageAsync(page, "osha-300a");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("osha-summary-pdf").ClickAsync());
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await download.PathAsync());
        var text = string.Concat(pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        text.ShouldContain("OSHAForm300A");
        text.ShouldContain("PhoenixYard");
        text.ShouldContain("484121");
        text.ShouldContain("80,000");
    }
}
