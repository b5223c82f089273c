using System.Net;
using EmployerPortal.DemoData;
using EmployerPortal.Domain.InjuryCases;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace EmployerPortal.Web.FunctionalTests.InjuryCases;

/// <summary>The OSHA 300A summary: establishment details entered by an Admin, the totals and rates, the CSV and PDF read back.</summary>
public sealed class Osha300ASummaryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly InjuryCaseOps _ops = new(factory.OpsClient());

    private static string Surname() => "Osha" + Guid.NewGuid().ToString("N")[..8];

    private static Dictionary<string, string> Establishment(int year, string employees = "100", string hours = "200000") => new()
    {
        ["Location"] = DemoDataSeeder.PhoenixCode,
        ["Year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.EstablishmentName"] = "Phoenix Terminal",
        ["Input.Street"] = "400 W Van Buren St",
        ["Input.City"] = "Phoenix",
        ["Input.State"] = "AZ",
        ["Input.PostalCode"] = "85003",
        ["Input.IndustryDescription"] = "General freight trucking",
        ["Input.NaicsCode"] = "484121",
        ["Input.AverageEmployees"] = employees,
        ["Input.HoursWorked"] = hours,
    };

    private async Task MarkRecordableAsync(HttpClient admin, Guid caseId) =>
        (await PortalFactory.PostFormAsync(admin, $"/InjuryCases/Details/{caseId}?handler=Osha", new Dictionary<string, string> { ["Recordable"] = "true" }, $"/InjuryCases/Details/{caseId}"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

    private static List<string[]> ParseCsv(byte[] content) =>
        [.. Reports.CsvTable.Parse(System.Text.Encoding.UTF8.GetString(content).TrimStart('\uFEFF')).Select(r => r.ToArray())];

    [Fact]
    public async Task The_summary_totals_the_log_by_classification_with_the_rates_in_the_CSV_and_the_PDF()
    {
        var year = factory.AcmeToday.Year - 1;
        var injured = new DateOnly(year, 12, 1);
        var (awayVisit, away) = await _ops.OpenCaseAsync(injured, Surname(), DemoDataSeeder.PhoenixCode);
        var (_, other) = await _ops.OpenCaseAsync(injured, Surname(), DemoDataSeeder.PhoenixCode);
        await _ops.OpenCaseAsync(injured, Surname(), DemoDataSeeder.PhoenixCode); // undecided: not on the log
        (await _ops.WorkStatusAsync(awayVisit, new { status = "OffWork", effectiveFrom = injured.ToString("yyyy-MM-dd") })).EnsureSuccessStatusCode();
        (await _ops.WorkStatusAsync(awayVisit, new { status = "FullDuty", effectiveFrom = injured.AddDays(4).ToString("yyyy-MM-dd"), caseClosed = true })).EnsureSuccessStatusCode();
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        await MarkRecordableAsync(admin, away);
        await MarkRecordableAsync(admin, other);
        var page = $"/InjuryCases/Osha?Location={DemoDataSeeder.PhoenixCode}&Year={year}";
        WebUtility.HtmlDecode(await admin.GetStringAsync(page)).ShouldContain("data-testid=\"summary-trir\">—<", Case.Sensitive, "no hours yet: no rate");

        (await PortalFactory.PostFormAsync(admin, "/InjuryCases/Osha", Establishment(year), page)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var csv = ParseCsv(await admin.GetByteArrayAsync($"/InjuryCases/Osha?handler=SummaryCsv&Location={DemoDataSeeder.PhoenixCode}&Year={year}"));
        csv.Count.ShouldBe(2, "one header row and the summary");
        var summary = csv[0].Zip(csv[1]).ToDictionary(p => p.First, p => p.Second);
        summary["Establishment name"].ShouldBe("Phoenix Terminal");
        summary["NAICS code"].ShouldBe("484121");
        summary["Total hours worked by all employees last year"].ShouldBe("200000");
        summary["Total number of deaths"].ShouldBe("0");
        summary["Total number of cases with days away from work"].ShouldBe("1");
        summary["Total number of cases with job transfer or restriction"].ShouldBe("0");
        summary["Total number of other recordable cases"].ShouldBe("1");
        summary["Total number of days away from work"].ShouldBe("3", "off work the 3 days after the injury day, until the case closed");
        summary["Total recordable case rate (TRIR)"].ShouldBe("2.00");
        summary["DART rate"].ShouldBe("1.00");
        var pdf = await admin.GetByteArrayAsync($"/InjuryCases/Osha?handler=SummaryPdf&Location={DemoDataSeeder.PhoenixCode}&Year={year}");
        using var document = PdfDocument.Open(pdf);
        var text = string.Join(" ", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        text.ShouldContain("300A");
        text.ShouldContain("Phoenix Terminal");
        text.ShouldContain("484121");
        var squeezed = string.Concat(text.Where(ch => !char.IsWhiteSpace(ch)));
        squeezed.ShouldContain("TRIR2.00");
        squeezed.ShouldContain("DARTrate1.00");
        var screen = await admin.GetStringAsync(page);
        screen.ShouldContain("data-testid=\"summary-dart\">1.00<");
        screen.ShouldContain("value=\"General freight trucking\"", Case.Sensitive, "the saved details fill the form again");
    }

    [Theory]
    [InlineData("Input.HoursWorked", "-5")]
    [InlineData("Input.HoursWorked", "lots")]
    [InlineData("Input.AverageEmployees", "0")]
    [InlineData("Input.AverageEmployees", "12.5")]
    [InlineData("Input.NaicsCode", "48-41")]
    [InlineData("Input.HoursWorked", "9000000")]
    public async Task Bad_numbers_are_said_beside_the_field_and_nothing_is_saved(string field, string value)
    {
        var year = factory.AcmeToday.Year - 2;
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var form = Establishment(year, employees: "10");
        form[field] = value;

        var response = await PortalFactory.PostFormAsync(admin, "/InjuryCases/Osha", form, "/InjuryCases/Osha");

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBeOneOf(HttpStatusCode.BadRequest, HttpStatusCode.Conflict);
        body.ShouldMatch($"data-valmsg-for=\"{field.Replace(".", "\\.", StringComparison.Ordinal)}\"[^>]*>[^<]*\\S");
        (await factory.WithDbAsync(db => db.Set<OshaEstablishment>().IgnoreQueryFilters().AnyAsync(e => e.Year == year))).ShouldBeFalse();
    }

    [Theory]
    [InlineData("abc", "four digits")]
    [InlineData("1999", "Choose a year from 2000")]
    public async Task A_bad_year_is_said_beside_the_year(string year, string message)
    {
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        var page = await admin.GetAsync($"/InjuryCases/Osha?Year={year}");
        var csv = await admin.GetAsync($"/InjuryCases/Osha?handler=SummaryCsv&Year={year}");

        page.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await page.Content.ReadAsStringAsync()).ShouldMatch($"data-testid=\"osha-year-error\"[^>]*>[^<]*{message}");
        csv.StatusCode.ShouldBe(HttpStatusCode.BadRequest, "no file for a year that cannot be read");
    }

    [Fact]
    public async Task The_summary_is_for_Admins_and_another_location_of_the_company_is_404_for_none()
    {
        var viewer = await factory.SignedInClientAsync(DemoDataSeeder.Acme.ViewerEmail!);
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        (await viewer.GetAsync("/InjuryCases/Osha?handler=SummaryCsv")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await admin.GetAsync("/InjuryCases/Osha?handler=SummaryCsv&Location=NOWHERE")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
