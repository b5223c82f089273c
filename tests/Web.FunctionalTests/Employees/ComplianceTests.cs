using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EmployerPortal.DemoData;
using EmployerPortal.Infrastructure.Pdf;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using EmployerPortal.Web.FunctionalTests.Results;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Web.FunctionalTests.Employees;

/// <summary>
/// Compliance from the roster and the results ops files with <c>expiresOn</c>; the employee page; the exports; the
/// renewal link; and the roster's company and location scope.
/// </summary>
public sealed class ComplianceTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly OpsVisitsClient _ops = new(factory.OpsClient());

    /// <summary>Imports one employee through the import pages and answers their roster id.</summary>
    private async Task<Guid> EmployeeAsync(string number, string last, string locations = "MAIN", string programs = "DOT driver")
    {
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var html = await (await RosterClient.PreviewAsync(admin, $"{RosterClient.Header}\n{RosterClient.Row(number, last, locations, programs)}\n")).Content.ReadAsStringAsync();
        (await RosterClient.ApplyAsync(admin, RosterClient.TokenOf(html).ShouldNotBeNull(), html)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return await factory.WithDbAsync(db => db.RosterEmployees.Where(e => e.EmployeeNumber == number).Select(e => e.Id.Value).SingleAsync());
    }

    private async Task<HttpResponseMessage> ResultAsync(string number, string last, string resultType, DateOnly? expiresOn, string? location = null, string? documentId = null, byte[]? pdf = null)
    {
        var visit = OpsVisitsClient.NewId("V");
        (await _ops.RegisterAsync(new
        {
            externalVisitId = visit,
            companyAccountNumber = "100200",
            employee = new { firstName = "Robin", lastName = last, dateOfBirth = "1985-04-12", employeeId = number },
            category = "NonInjury",
            scheduledAt = factory.Clock.GetUtcNow().AddDays(-10),
            clinic = "Northside Clinic",
            locationCode = location,
        })).EnsureSuccessStatusCode();
        return await _ops.UploadAsync(visit, JsonSerializer.Serialize(new { externalDocumentId = documentId ?? OpsVisitsClient.NewId("D"), resultType, outcome = "Pass", expiresOn }),
            pdf ?? SamplePdf.Create(resultType, ["Sample"]));
    }

    [Fact]
    public async Task A_MEC_card_with_expiresOn_renews_the_DOT_item_and_the_employee_page_shows_the_visit_and_the_due_date()
    {
        var number = RosterClient.NewNumber();
        var last = "Card" + Guid.NewGuid().ToString("N")[..6];
        var id = await EmployeeAsync(number, last);
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var before = await admin.GetStringAsync($"/Employees/Details/{id}");
        before.ShouldContain("data-status=\"Overdue\" data-kind=\"DotMedicalCertificate\"");

        var expires = factory.AcmeToday.AddDays(20);
        var upload = await ResultAsync(number, last, "MecDotCard", expires);
        upload.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("expiresOn").GetString().ShouldBe(expires.ToString("yyyy-MM-dd"));

        var after = await admin.GetStringAsync($"/Employees/Details/{id}");
        after.ShouldContain("data-status=\"DueIn30Days\" data-kind=\"DotMedicalCertificate\"");
        after.ShouldContain(expires.ToString("MMM d, yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-US")));
        after.ShouldContain("MEC DOT Card");
        var compliance = await admin.GetStringAsync("/Compliance?status=DueIn30Days");
        compliance.ShouldContain(last);
        (await admin.GetStringAsync("/Compliance?status=Current")).ShouldNotContain(last);
    }

    [Fact]
    public async Task The_same_document_again_is_200_and_a_malformed_expiresOn_is_400_with_nothing_filed()
    {
        var number = RosterClient.NewNumber();
        var last = "Again" + Guid.NewGuid().ToString("N")[..6];
        var visit = OpsVisitsClient.NewId("V");
        (await _ops.RegisterAsync(OpsVisitsClient.VisitBody(visit, employeeId: number, lastName: last, category: "NonInjury"))).EnsureSuccessStatusCode();
        var pdf = SamplePdf.Create("Fit test", ["Sample"]);
        string Meta(object expiresOn) => JsonSerializer.Serialize(new { externalDocumentId = "D-1", resultType = "FitTestResults", expiresOn });

        (await _ops.UploadAsync(visit, Meta("2027-01-31"), pdf)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await _ops.UploadAsync(visit, Meta("2027-01-31"), pdf)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var badDate = await _ops.UploadAsync(visit, JsonSerializer.Serialize(new { externalDocumentId = "D-2", resultType = "FitTestResults", expiresOn = "31/01/2027" }), pdf);
        var outOfRange = await _ops.UploadAsync(visit, JsonSerializer.Serialize(new { externalDocumentId = "D-3", resultType = "FitTestResults", expiresOn = "1700-01-01" }), pdf);

        badDate.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        outOfRange.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await outOfRange.Content.ReadAsStringAsync()).ShouldContain("ExpiresOn is the date the certificate or clearance lapses");
        (await factory.WithDbAsync(db => db.VisitResults.Where(v => v.ExternalVisitId == visit).SelectMany(v => v.Documents).CountAsync())).ShouldBe(1);
    }

    private static readonly byte[] VaccineRecord = SamplePdf.Create("Vaccine administration record", ["Sample"]);

    private async Task<HttpResponseMessage> DoseAsync(string visit, object metadata) =>
        await _ops.UploadAsync(visit, JsonSerializer.Serialize(metadata), VaccineRecord);

    private async Task<string> VisitAsync(string number, string last, int daysAgo)
    {
        var visit = OpsVisitsClient.NewId("V");
        (await _ops.RegisterAsync(new
        {
            externalVisitId = visit,
            companyAccountNumber = "100200",
            employee = new { firstName = "Robin", lastName = last, dateOfBirth = "1985-04-12", employeeId = number },
            category = "NonInjury",
            scheduledAt = factory.Clock.GetUtcNow().AddDays(-daysAgo),
            clinic = "Northside Clinic",
        })).EnsureSuccessStatusCode();
        return visit;
    }

    [Fact]
    public async Task Vaccine_records_with_a_dose_move_the_hepatitis_b_series_on_until_it_is_complete()
    {
        var number = RosterClient.NewNumber();
        var last = "Series" + Guid.NewGuid().ToString("N")[..6];
        var id = await EmployeeAsync(number, last, programs: "Bloodborne pathogens");
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        (await admin.GetStringAsync($"/Employees/Details/{id}")).ShouldContain("data-status=\"Overdue\" data-kind=\"HepatitisBVaccineSeries\"");

        var first = await VisitAsync(number, last, daysAgo: 20);
        var dose1 = await DoseAsync(first, new { externalDocumentId = "D-1", resultType = "VaccineAdministrationRecord", vaccine = "hepb", dose = 1 });
        dose1.StatusCode.ShouldBe(HttpStatusCode.Created);
        var filed = await dose1.Content.ReadFromJsonAsync<JsonElement>();
        filed.GetProperty("vaccine").GetString().ShouldBe("HEPB");
        filed.GetProperty("dose").GetInt32().ShouldBe(1);
        (await DoseAsync(first, new { externalDocumentId = "D-1", resultType = "VaccineAdministrationRecord", vaccine = "hepb", dose = 1 })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var firstOn = factory.AcmeToday.AddDays(-20);
        var afterOne = await admin.GetStringAsync($"/Compliance?handler=Csv&program=BloodbornePathogens");
        afterOne.Split("\r\n").ShouldContain($"{number},Robin {last},MAIN,Bloodborne pathogens,Hepatitis B vaccine series,Dose 1 of 3 given,{firstOn:yyyy-MM-dd},{firstOn.AddMonths(1):yyyy-MM-dd},Due in 30 days");
        (await admin.GetStringAsync($"/Employees/Details/{id}")).ShouldContain("Dose 1 of 3 given");

        foreach (var (dose, daysAgo) in new[] { (2, 10), (3, 1) })
        {
            var visit = await VisitAsync(number, last, daysAgo);
            (await DoseAsync(visit, new { externalDocumentId = $"D-{dose}", resultType = "VaccineAdministrationRecord", vaccine = "HEPB", dose })).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var complete = await admin.GetStringAsync("/Compliance?status=Complete");
        complete.ShouldContain(last);
        complete.ShouldContain("All 3 doses given");
        (await admin.GetStringAsync("/Compliance?status=Overdue")).ShouldNotContain(last);
        var details = await admin.GetStringAsync($"/Employees/Details/{id}");
        details.ShouldContain("data-status=\"Complete\" data-kind=\"HepatitisBVaccineSeries\"");
        details.ShouldNotContain($"service=IMM-HEPB", customMessage: "a complete series offers no renewal");
        (await admin.GetStringAsync("/Compliance?handler=Calendar&program=BloodbornePathogens")).ShouldNotContain(last, customMessage: "nothing falls due for a complete series");
    }

    [Fact]
    public async Task A_vaccine_or_dose_that_is_not_one_of_a_series_is_400_beside_its_field_with_nothing_filed()
    {
        var visit = await VisitAsync(RosterClient.NewNumber(), "Refused", daysAgo: 3);

        var unknown = await DoseAsync(visit, new { externalDocumentId = "D-1", resultType = "VaccineAdministrationRecord", vaccine = "MMR", dose = 1 });
        var tooHigh = await DoseAsync(visit, new { externalDocumentId = "D-2", resultType = "VaccineAdministrationRecord", vaccine = "HEPB-CPG", dose = 3 });
        var alone = await DoseAsync(visit, new { externalDocumentId = "D-3", resultType = "VaccineAdministrationRecord", dose = 1 });
        var wrongType = await DoseAsync(visit, new { externalDocumentId = "D-4", resultType = "FitTestResults", vaccine = "HEPB", dose = 1 });

        foreach (var response in new[] { unknown, tooHigh, alone, wrongType })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("vaccine")[0].GetString().ShouldBe("Vaccine is the series given: HEPB or HEPB-CPG.");
        (await tooHigh.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("dose")[0].GetString().ShouldBe("A Hepatitis B (Heplisav-B) series has doses 1 to 2.");
        (await alone.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("vaccine")[0].GetString().ShouldBe("Give the vaccine the dose is of.");
        (await wrongType.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("vaccine")[0].GetString().ShouldBe("Only a VaccineAdministrationRecord names a vaccine and a dose.");
        (await factory.WithDbAsync(db => db.VisitResults.Where(v => v.ExternalVisitId == visit).SelectMany(v => v.Documents).CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task The_CSV_has_one_header_row_and_the_calendar_names_the_employee_and_the_item_only()
    {
        var number = RosterClient.NewNumber();
        var last = "Export" + Guid.NewGuid().ToString("N")[..6];
        await EmployeeAsync(number, last, programs: "Respirator user");
        (await ResultAsync(number, last, "FitTestResults", factory.AcmeToday.AddDays(40))).EnsureSuccessStatusCode();
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        var csv = await admin.GetStringAsync("/Compliance?handler=Csv&program=RespiratorUser");
        var ics = await admin.GetStringAsync("/Compliance?handler=Calendar&program=RespiratorUser");

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("Employee ID,Employee,Locations,Program,Item,Doses,Last done,Due on,Status");
        lines.Count(l => l.StartsWith("Employee ID", StringComparison.Ordinal)).ShouldBe(1);
        lines.ShouldContain(l => l.StartsWith(number + ",") && l.Contains("Respirator fit test") && l.Contains(factory.AcmeToday.AddDays(40).ToString("yyyy-MM-dd")) && l.EndsWith(",Due in 60 days"));
        lines.ShouldContain(l => l.StartsWith(number + ",") && l.Contains("Respirator medical clearance") && l.EndsWith(",No record"));
        ics.ShouldStartWith("BEGIN:VCALENDAR");
        ics.ShouldContain($"SUMMARY:Respirator fit test due — R. {last}");
        ics.ShouldContain($"DTSTART;VALUE=DATE:{factory.AcmeToday.AddDays(40):yyyyMMdd}");
        ics.ShouldNotContain("Pass");
        ics.ShouldNotContain("1985");
    }

    [Fact]
    public async Task Renew_opens_the_new_authorization_form_with_the_employee_and_the_renewing_service()
    {
        var number = RosterClient.NewNumber();
        var last = "Renew" + Guid.NewGuid().ToString("N")[..6];
        var id = await EmployeeAsync(number, last);
        var viewer = await factory.SignedInClientAsync(DemoDataSeeder.Acme.ViewerEmail!);

        var page = await viewer.GetStringAsync($"/Employees/Details/{id}");
        var link = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(page, "href=\"(/Authorizations/Create\\?[^\"]+service=[^\"]+)\"").Groups[1].Value);
        var form = await viewer.GetStringAsync(link);

        link.ShouldBe($"/Authorizations/Create?employee={id}&service=PHYS-DOT");
        form.ShouldContain($"value=\"{last}\"");
        form.ShouldContain("value=\"1985-04-12\"");
        form.ShouldContain($"value=\"{number}\"");
        System.Text.RegularExpressions.Regex.IsMatch(form, "value=\"PHYS-DOT\"[^>]*checked").ShouldBeTrue();
    }

    [Fact]
    public async Task Another_companys_and_another_locations_employee_answer_404_and_are_not_listed()
    {
        var (atPhoenix, atMain) = (RosterClient.NewNumber(), RosterClient.NewNumber());
        var surname = "Scope" + Guid.NewGuid().ToString("N")[..6];
        var phoenixId = await EmployeeAsync(atPhoenix, surname + "P", DemoDataSeeder.PhoenixCode);
        var mainId = await EmployeeAsync(atMain, surname + "M");
        var dallas = await factory.SignedInClientAsync(DemoDataSeeder.DallasViewerEmail);
        var globex = await factory.SignedInClientAsync(DemoDataSeeder.Globex.AdminEmail);

        (await dallas.GetAsync($"/Employees/Details/{phoenixId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await dallas.GetAsync($"/Employees/Details/{mainId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await dallas.GetAsync($"/Authorizations/Create?employee={phoenixId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        RosterClient.EmployeeIdsOf(await dallas.GetStringAsync($"/Employees?q={surname}")).ShouldBe([mainId]);
        (await dallas.GetStringAsync("/Compliance")).ShouldNotContain(surname + "P");
        (await globex.GetAsync($"/Employees/Details/{mainId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await globex.GetAsync($"/Employees/Edit/{mainId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        RosterClient.EmployeeIdsOf(await globex.GetStringAsync($"/Employees?q={surname}")).ShouldBeEmpty();
        (await globex.GetStringAsync("/Compliance?handler=Csv")).ShouldNotContain(surname);
    }

    [Fact]
    public async Task An_Admin_edits_an_employee_by_hand_and_bad_fields_are_said_beside_them_with_nothing_saved()
    {
        var number = RosterClient.NewNumber();
        var id = await EmployeeAsync(number, "Hand");
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        Dictionary<string, string> Form(string last, string born, string location) => new()
        {
            ["Input.FirstName"] = "Robin", ["Input.LastName"] = last, ["Input.DateOfBirth"] = born, ["Input.Locations"] = location,
            ["Input.Status"] = "Active", ["Input.Programs"] = "HearingConservation",
        };

        var refused = await PortalFactory.PostFormAsync(admin, $"/Employees/Edit/{id}", Form("", factory.AcmeToday.ToString("yyyy-MM-dd"), "NOWHERE"));
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        html.ShouldContain("Enter the last name.");
        html.ShouldContain("The company has no location NOWHERE");
        (await factory.WithDbAsync(db => db.RosterEmployees.SingleAsync(e => e.EmployeeNumber == number))).LastName.ShouldBe("Hand");

        var saved = await PortalFactory.PostFormAsync(admin, $"/Employees/Edit/{id}", Form("Edited", "1985-04-12", "PHX"));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var employee = await factory.WithDbAsync(db => db.RosterEmployees.SingleAsync(e => e.EmployeeNumber == number));
        employee.LastName.ShouldBe("Edited");
        employee.LocationCodes.ShouldBe(["PHX"]);

        var duplicate = await PortalFactory.PostFormAsync(admin, "/Employees/Edit", new Dictionary<string, string>(Form("Twin", "1985-04-12", "MAIN")) { ["Input.EmployeeId"] = number.ToLowerInvariant() });
        duplicate.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await duplicate.Content.ReadAsStringAsync()).ShouldContain($"Employee id {number} is already on the roster");
    }

    [Fact]
    public async Task The_demo_roster_has_items_overdue_and_due_within_30_days()
    {
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var csv = await admin.GetStringAsync("/Compliance?handler=Csv");

        csv.ShouldContain("E-1003,Priya Natarajan,PHX,Respirator user,Respirator fit test");
        csv.Split("\r\n").ShouldContain(l => l.StartsWith("E-1002,") && l.Contains("DOT medical card") && l.EndsWith(",No record"));
        csv.Split("\r\n").ShouldContain(l => l.StartsWith("E-1001,") && l.EndsWith(",Due in 30 days"));
        csv.Split("\r\n").ShouldContain(l => l.StartsWith("E-1005,") && l.Contains("Hepatitis B vaccine series,Dose 1 of 3 given,"), "the demo nurse is part way through her series");
    }
}

/// <summary>The dashboard's compliance card counts what the compliance page lists, and links to that filtered list.</summary>
public sealed class ComplianceDashboardTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_dashboard_card_counts_overdue_and_due_in_30_days_and_links_to_the_filtered_list()
    {
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var dashboard = await admin.GetStringAsync("/Dashboard");
        // The anchor tag helper writes href after the other attributes: find the link by its test id, whatever the order.
        var overdue = System.Text.RegularExpressions.Regex.Match(dashboard, "<a(?=[^>]*data-testid=\"compliance-overdue\")[^>]*href=\"([^\"]+)\"[^>]*>(\\d+) overdue");
        overdue.Success.ShouldBeTrue(dashboard.Contains("compliance-due") ? "the card has no overdue link" : "the dashboard has no compliance card");

        var list = await admin.GetStringAsync(WebUtility.HtmlDecode(overdue.Groups[1].Value));

        overdue.Groups[1].Value.ShouldBe("/Compliance?status=Overdue");
        System.Text.RegularExpressions.Regex.Matches(list, "data-testid=\"compliance-row\" data-status=\"Overdue\"").Count.ShouldBe(int.Parse(overdue.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        list.ShouldNotContain("data-status=\"Current\"");
        int.Parse(overdue.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0, "the demo roster has overdue items");
        dashboard.ShouldContain("due in 30 days");
    }
}
