using System.Net;
using EmployerPortal.Application.Audit;
using EmployerPortal.Application.InjuryCases;
using EmployerPortal.DemoData;
using EmployerPortal.Domain.Users;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using EmployerPortal.Web.FunctionalTests.Users;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Web.FunctionalTests.InjuryCases;

/// <summary>
/// The OSHA 301 incident report of a case: prefilled from the case, its visit and the roster; completed by an Admin
/// (bad values said beside their fields, nothing saved); read back as PDF and CSV; audited by field name; another
/// company's or location's Admin gets 404, a View Only user 403.
/// </summary>
public sealed class Osha301Tests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly InjuryCaseOps _ops = new(factory.OpsClient());

    private static string Surname() => "Ohs" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task The_report_is_prefilled_from_the_case_its_visit_and_the_roster()
    {
        var surname = Surname();
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        (await PortalFactory.PostFormAsync(admin, "/Employees/Edit", new Dictionary<string, string>
        {
            ["Input.EmployeeId"] = "E-" + surname, ["Input.FirstName"] = "Casey", ["Input.LastName"] = surname, ["Input.DateOfBirth"] = "1985-04-12",
            ["Input.Locations"] = "MAIN", ["Input.Status"] = "Active", ["Input.HireDate"] = "2019-07-01",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (_, caseId) = await _ops.OpenCaseAsync(factory.AcmeToday.AddDays(-3), surname);

        var page = WebUtility.HtmlDecode(await admin.GetStringAsync($"/InjuryCases/Osha301/{caseId}"));
        var csv = Reports.CsvTable.Parse((await admin.GetStringAsync($"/InjuryCases/Osha301/{caseId}?handler=Csv")).TrimStart('\uFEFF'));

        page.ShouldContain("Casey " + surname);
        page.ShouldContain("From the roster: Jul 1, 2019");
        page.ShouldContain("From the case: Downtown Clinic");
        page.ShouldContain("From the case: Left wrist");
        page.ShouldContain("From the case: Slipped on the loading dock");
        csv.Count.ShouldBe(2, "one header row and the case's row");
        var cells = Cells(csv);
        cells["1) Full name"].ShouldBe("Casey " + surname);
        cells["3) Date of birth"].ShouldBe("1985-04-12");
        cells["4) Date hired"].ShouldBe("2019-07-01");
        cells["7) Facility where treatment was given"].ShouldBe("Downtown Clinic");
        cells["11) Date of injury or illness"].ShouldBe(factory.AcmeToday.AddDays(-3).ToString("yyyy-MM-dd"));
        cells["13) Time of event"].ShouldBe("2:15 PM");
        cells["16) What was the injury or illness?"].ShouldBe("Left wrist");
        cells["14) What was the employee doing just before the incident occurred?"].ShouldBeEmpty("nothing the portal knows");
    }

    [Fact]
    public async Task An_Admin_completes_the_report_and_reads_it_back_in_the_PDF_and_the_trail_names_the_fields()
    {
        var surname = Surname();
        var injured = factory.AcmeToday.AddDays(-5);
        var (_, caseId) = await _ops.OpenCaseAsync(injured, surname);
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var url = $"/InjuryCases/Osha301/{caseId}";

        var saved = await PortalFactory.PostFormAsync(admin, url, new Dictionary<string, string>
        {
            ["Input.EmployeeStreet"] = "12 Elm St", ["Input.EmployeeCity"] = "Dallas", ["Input.EmployeeState"] = "TX", ["Input.EmployeePostalCode"] = "75201",
            ["Input.PhysicianName"] = "Dr. Ada Park", ["Input.TreatedInEmergencyRoom"] = "false", ["Input.HospitalizedOvernight"] = "true",
            ["Input.TimeBeganWork"] = "07:00", ["Input.ActivityBefore"] = "Unloading pallets > 40 lb from trailer 12",
            ["Input.WhatHappened"] = "Slipped on a wet dock plate and fell on the outstretched hand",
            ["Input.ObjectOrSubstance"] = "Wet dock plate", ["Input.CompletedBy"] = "Ana Ruiz", ["Input.CompletedByTitle"] = "Safety manager",
            ["Input.CompletedByPhone"] = "(214) 555-0142", ["Input.CompletedOn"] = factory.AcmeToday.ToString("yyyy-MM-dd"),
        });

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        var pdfBytes = await admin.GetByteArrayAsync(url + "?handler=Pdf");
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(pdfBytes);
        // Fields wrap inside their column: compare the words without the spaces PdfPig may drop at a wrap.
        var text = string.Concat(pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        foreach (var expected in new[]
        {
            "OSHA Form 301", "Casey " + surname, "12 Elm St", "Dallas, TX 75201", "Dr. Ada Park", "Unloading pallets > 40 lb", "Slipped on a wet dock plate",
            "7:00 AM", "Safety manager",
        })
        {
            text.ShouldContain(expected.Replace(" ", "", StringComparison.Ordinal), Case.Insensitive, text);
        }

        var cells = Cells(Reports.CsvTable.Parse((await admin.GetStringAsync(url + "?handler=Csv")).TrimStart('\uFEFF')));
        cells["8) Treated in an emergency room?"].ShouldBe("No");
        cells["9) Hospitalized overnight as an in-patient?"].ShouldBe("Yes");
        cells["15) What happened?"].ShouldBe("Slipped on a wet dock plate and fell on the outstretched hand", "the Admin's value replaces the case's");
        var trail = await factory.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters()
            .Where(a => a.TargetId == caseId.ToString() && a.Action == InjuryCaseAuditActions.Osha301Completed).Select(a => a.Details).ToListAsync());
        trail.ShouldHaveSingleItem().ShouldBe(
            "changed: employee address, physician, emergency room, hospitalized overnight, time began work, activity before the incident, what happened, object or substance, completed by");
        trail.Single()!.ShouldNotContain("Park");
        AuditActionNames.Words.ShouldContainKey(InjuryCaseAuditActions.Osha301Completed);
    }

    [Fact]
    public async Task Bad_values_are_said_beside_their_fields_and_nothing_is_saved()
    {
        var injured = factory.AcmeToday.AddDays(-5);
        var (_, caseId) = await _ops.OpenCaseAsync(injured, Surname());
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var url = $"/InjuryCases/Osha301/{caseId}";

        var shape = await PortalFactory.PostFormAsync(admin, url, new Dictionary<string, string>
        {
            ["Input.EmployeeState"] = "Texas", ["Input.EmployeePostalCode"] = "7520", ["Input.CompletedByPhone"] = "call me", ["Input.PhysicianName"] = "<b>Dr</b>",
        });
        var unreadable = await PortalFactory.PostFormAsync(admin, url, new Dictionary<string, string> { ["Input.HireDate"] = "yesterday", ["Input.TreatedInEmergencyRoom"] = "maybe" });
        var hiredLater = await PortalFactory.PostFormAsync(admin, url, new Dictionary<string, string> { ["Input.HireDate"] = injured.AddDays(1).ToString("yyyy-MM-dd") });
        var deathBefore = await PortalFactory.PostFormAsync(admin, url, new Dictionary<string, string> { ["Input.DateOfDeath"] = injured.AddDays(-1).ToString("yyyy-MM-dd") });

        shape.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await shape.Content.ReadAsStringAsync());
        html.ShouldMatch("data-valmsg-for=\"Input\\.EmployeeState\"[^>]*>[^<]*two-letter US state code");
        html.ShouldMatch("data-valmsg-for=\"Input\\.EmployeePostalCode\"[^>]*>[^<]*ZIP code");
        html.ShouldMatch("data-valmsg-for=\"Input\\.CompletedByPhone\"[^>]*>[^<]*10-digit phone number");
        html.ShouldMatch("data-valmsg-for=\"Input\\.PhysicianName\"[^>]*>[^<]*plain text");
        unreadable.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var unreadableHtml = WebUtility.HtmlDecode(await unreadable.Content.ReadAsStringAsync());
        unreadableHtml.ShouldMatch("data-valmsg-for=\"Input\\.HireDate\"[^>]*>[^<]*could not be read");
        unreadableHtml.ShouldMatch("data-valmsg-for=\"Input\\.TreatedInEmergencyRoom\"[^>]*>[^<]*could not be read");
        hiredLater.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        WebUtility.HtmlDecode(await hiredLater.Content.ReadAsStringAsync()).ShouldMatch("data-valmsg-for=\"Input\\.HireDate\"[^>]*>[^<]*cannot be after the date of injury");
        deathBefore.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        WebUtility.HtmlDecode(await deathBefore.Content.ReadAsStringAsync()).ShouldMatch("data-valmsg-for=\"Input\\.DateOfDeath\"[^>]*>[^<]*between the date of injury and today");
        (await factory.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.TargetId == caseId.ToString() && a.Action == InjuryCaseAuditActions.Osha301Completed)))
            .ShouldBe(0, "nothing was saved");
    }

    [Fact]
    public async Task Another_companys_or_another_locations_Admin_gets_404_and_a_viewer_403()
    {
        var (_, caseId) = await _ops.OpenCaseAsync(factory.AcmeToday.AddDays(-1), Surname());
        var url = $"/InjuryCases/Osha301/{caseId}";
        var globex = await factory.SignedInClientAsync(DemoDataSeeder.Globex.AdminEmail);
        var phoenixEmail = $"phx-osha-{Guid.NewGuid():N}@acme.example";
        await factory.ActiveUserAsync(phoenixEmail, UserRole.Admin, locations: ["PHX"]);
        var phoenix = await factory.SignedInClientAsync(phoenixEmail);
        var viewer = await factory.SignedInClientAsync(DemoDataSeeder.Acme.ViewerEmail!);
        var form = new Dictionary<string, string> { ["Input.PhysicianName"] = "Dr. Intruder" };

        foreach (var outsider in new[] { globex, phoenix })
        {
            (await outsider.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await outsider.GetAsync(url + "?handler=Pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await outsider.GetAsync(url + "?handler=Csv")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await PortalFactory.PostFormAsync(outsider, url, form, "/InjuryCases")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        (await viewer.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await PortalFactory.PostFormAsync(viewer, url, form, "/InjuryCases")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.WithDbAsync(db => db.Set<Domain.InjuryCases.InjuryCase>().IgnoreQueryFilters()
            .Where(c => c.Id == new Domain.InjuryCases.InjuryCaseId(caseId)).Select(c => c.Osha301.PhysicianName).SingleAsync())).ShouldBeNull();
    }

    /// <summary>The CSV's two rows as header → cell.</summary>
    private static Dictionary<string, string> Cells(List<List<string>> rows) => rows[0].Zip(rows[1]).ToDictionary(p => p.First, p => p.Second);
}
