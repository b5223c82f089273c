using System.Net;
using EmployerPortal.Application.Audit;
using EmployerPortal.Application.InjuryCases;
using EmployerPortal.DemoData;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Web.FunctionalTests.InjuryCases;

/// <summary>An Admin corrects a case's prefilled 300 values: the log shows them, a day count over 180 is refused beside the field, every change is audited.</summary>
public sealed class Osha300CorrectionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly InjuryCaseOps _ops = new(factory.OpsClient());

    [Fact]
    public async Task A_corrected_case_shows_its_values_on_the_log_and_the_trail_names_the_fields()
    {
        var injured = factory.AcmeToday.DayOfYear > 3 ? factory.AcmeToday.AddDays(-2) : factory.AcmeToday;
        var (_, caseId) = await _ops.OpenCaseAsync(injured, "Fix" + Guid.NewGuid().ToString("N")[..8]);
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var url = $"/InjuryCases/Details/{caseId}";
        (await PortalFactory.PostFormAsync(admin, url + "?handler=Osha", new Dictionary<string, string> { ["Recordable"] = "true" }, url)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var tooMany = await PortalFactory.PostFormAsync(admin, url + "?handler=Osha300", new Dictionary<string, string> { ["Correction.DaysAway"] = "181" }, url);
        var saved = await PortalFactory.PostFormAsync(admin, url + "?handler=Osha300", new Dictionary<string, string>
        {
            ["Correction.Classification"] = "Death", ["Correction.JobTitle"] = "Forklift operator", ["Correction.WhereOccurred"] = "Dock 4",
            ["Correction.Description"] = "Sprain of the left wrist", ["Correction.DaysAway"] = "7",
        }, url);

        tooMany.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await tooMany.Content.ReadAsStringAsync()).ShouldMatch("data-valmsg-for=\"Correction\\.DaysAway\"[^>]*>[^<]*180");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var number = await factory.WithDbAsync(db => db.Set<Domain.InjuryCases.InjuryCase>().IgnoreQueryFilters().Where(c => c.Id == new Domain.InjuryCases.InjuryCaseId(caseId)).Select(c => c.ExternalCaseId).SingleAsync());
        var csv = await admin.GetStringAsync($"/InjuryCases/Osha?handler=Csv&Location=MAIN&Year={injured.Year}");
        var row = csv.Split("\r\n").Single(l => l.StartsWith(number + ",", StringComparison.Ordinal)).Split(',');
        row[2].ShouldBe("Forklift operator");
        row[4].ShouldBe("Dock 4");
        row[5].ShouldBe("Sprain of the left wrist");
        row[6].ShouldBe("Death");
        row[7].ShouldBe("7");
        var trail = await factory.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters()
            .Where(a => a.TargetId == caseId.ToString() && a.Action == InjuryCaseAuditActions.Osha300Corrected).Select(a => a.Details).ToListAsync());
        trail.ShouldHaveSingleItem("the refused correction saved nothing").ShouldBe("changed: classification, job title, where the event occurred, description, days away");
        AuditActionNames.Words.ShouldContainKey(InjuryCaseAuditActions.Osha300Corrected);
    }

    [Fact]
    public async Task A_viewer_cannot_correct_and_another_companys_admin_gets_404()
    {
        var (_, caseId) = await _ops.OpenCaseAsync(factory.AcmeToday, "Fix" + Guid.NewGuid().ToString("N")[..8]);
        var viewer = await factory.SignedInClientAsync(DemoDataSeeder.Acme.ViewerEmail!);
        var globex = await factory.SignedInClientAsync(DemoDataSeeder.Globex.AdminEmail);
        var url = $"/InjuryCases/Details/{caseId}";
        var form = new Dictionary<string, string> { ["Correction.JobTitle"] = "Loader" };

        (await PortalFactory.PostFormAsync(viewer, url + "?handler=Osha300", form, url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await PortalFactory.PostFormAsync(globex, url + "?handler=Osha300", form, "/InjuryCases")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
