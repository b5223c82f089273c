using System.Net;
using EmployerPortal.DemoData;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using EmployerPortal.Web.FunctionalTests.Reports;

namespace EmployerPortal.Web.FunctionalTests.InjuryCases;

/// <summary>The Injury Activity Status Report answers what a safety manager opens it for: each visit's work status, restrictions and expected return to full duty.</summary>
public sealed class InjuryReportColumnsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly InjuryCaseOps _ops = new(factory.OpsClient());

    private async Task<HttpResponseMessage> RunAsync(HttpClient admin, DateOnly from, string format) =>
        await PortalFactory.PostFormAsync(admin, "/Reports?handler=Run", new Dictionary<string, string>
        {
            ["Input.Kind"] = "InjuryActivityStatus",
            ["Input.From"] = from.ToString("yyyy-MM-dd"),
            ["Input.To"] = factory.AcmeToday.ToString("yyyy-MM-dd"),
            ["Input.Format"] = format,
        }, "/Reports");

    [Fact]
    public async Task Each_visit_of_a_case_carries_its_work_status_restrictions_and_expected_full_duty_in_the_CSV_and_the_PDF()
    {
        var injured = factory.AcmeToday.AddDays(-6);
        var modified = "Rpt" + Guid.NewGuid().ToString("N")[..8];
        var closed = "Rpt" + Guid.NewGuid().ToString("N")[..8];
        var (visit, _) = await _ops.OpenCaseAsync(injured, modified);
        (await _ops.WorkStatusAsync(visit, new
        {
            status = "ModifiedDuty",
            restrictions = new[] { "No lifting over 15 lb", "Seated work only" },
            effectiveFrom = injured.AddDays(1).ToString("yyyy-MM-dd"),
            expectedFullDutyOn = factory.AcmeToday.AddDays(10).ToString("yyyy-MM-dd"),
        })).EnsureSuccessStatusCode();
        var (closedVisit, _) = await _ops.OpenCaseAsync(injured, closed);
        (await _ops.WorkStatusAsync(closedVisit, new { status = "FullDuty", effectiveFrom = injured.AddDays(2).ToString("yyyy-MM-dd"), caseClosed = true })).EnsureSuccessStatusCode();
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        var csvResponse = await RunAsync(admin, injured.AddDays(-1), "Csv");
        var pdfResponse = await RunAsync(admin, injured.AddDays(-1), "Pdf");

        csvResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rows = CsvTable.Parse((await csvResponse.Content.ReadAsStringAsync()).TrimStart('\uFEFF'));
        var header = rows[0];
        header.ShouldBe(["Employee", "Employee ID", "Visit", "Clinic", "Status", "Next recheck", "Work status", "Restrictions", "Expected full duty"]);
        var open = rows.Single(r => r[0] == $"{modified}, Casey");
        open[header.IndexOf("Work status")].ShouldBe("Modified duty");
        open[header.IndexOf("Restrictions")].ShouldBe("No lifting over 15 lb; Seated work only");
        open[header.IndexOf("Expected full duty")].ShouldBe(factory.AcmeToday.AddDays(10).ToString("MMM d, yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-US")));
        var done = rows.Single(r => r[0] == $"{closed}, Casey");
        done[header.IndexOf("Work status")].ShouldBe("Closed");
        done[header.IndexOf("Restrictions")].ShouldBeEmpty();
        header.ShouldNotContain("Outcome", "injury visits have no pass/fail outcome");

        pdfResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await pdfResponse.Content.ReadAsByteArrayAsync());
        // Cells wrap word by word inside their narrow columns: look for the words.
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();
        words.ShouldContain(w => w.Contains(modified, StringComparison.Ordinal));
        words.ShouldContain("Modified");
        words.ShouldContain("Seated");
        words.ShouldContain("Closed");
        words.ShouldNotContain("Pass");
        words.ShouldNotContain("Fail");
    }
}
