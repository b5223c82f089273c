using System.Net;
using System.Text.RegularExpressions;
using EmployerPortal.Application.Audit;
using EmployerPortal.Application.InjuryCases;
using EmployerPortal.DemoData;
using EmployerPortal.Domain.InjuryCases;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Web.FunctionalTests.InjuryCases;

/// <summary>The employer's injury case pages: the list, a case, and who may see which (company and location scope).</summary>
public sealed partial class InjuryCasePagesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly InjuryCaseOps _ops = new(factory.OpsClient());

    private static string Surname() => "Page" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task The_list_shows_the_work_status_restrictions_day_counts_and_next_appointment_in_local_time()
    {
        var surname = Surname();
        var injured = factory.AcmeToday.AddDays(-6);
        var (visit, caseId) = await _ops.OpenCaseAsync(injured, surname);
        (await _ops.WorkStatusAsync(visit, new { status = "OffWork", effectiveFrom = injured.ToString("yyyy-MM-dd") })).EnsureSuccessStatusCode();
        var next = new DateTimeOffset(factory.AcmeToday.AddDays(2).ToDateTime(new TimeOnly(9, 30)), PortalFactory.AcmeZone.GetUtcOffset(factory.AcmeToday.AddDays(2).ToDateTime(new TimeOnly(9, 30))));
        await _ops.ModifiedDutyAsync(visit, injured.AddDays(3), next, "No ladders");
        var viewer = await factory.SignedInClientAsync(DemoDataSeeder.Acme.ViewerEmail!);

        var page = await viewer.GetStringAsync("/InjuryCases");

        var row = RowOf(page, caseId);
        row.ShouldContain("Casey " + surname);
        row.ShouldContain("Dallas Terminal");
        row.ShouldContain("Modified duty");
        row.ShouldContain("No ladders");
        row.ShouldContain("6 days ago");
        row.ShouldContain("2 away / 4 restricted", Case.Sensitive, "off work the 2 days after the injury day, then restricted through today");
        row.ShouldMatch(@"9:30 AM C[DS]T");
        row.ShouldNotContain("UTC");
    }

    [Fact]
    public async Task Filters_narrow_the_list_and_open_cases_come_first()
    {
        var (openVisit, open) = await _ops.OpenCaseAsync(factory.AcmeToday.AddDays(-3), Surname());
        var (closedVisit, closed) = await _ops.OpenCaseAsync(factory.AcmeToday.AddDays(-2), Surname());
        (await _ops.WorkStatusAsync(openVisit, new { status = "OffWork", effectiveFrom = factory.AcmeToday.AddDays(-3).ToString("yyyy-MM-dd") })).EnsureSuccessStatusCode();
        (await _ops.WorkStatusAsync(closedVisit, new { status = "FullDuty", effectiveFrom = factory.AcmeToday.ToString("yyyy-MM-dd"), caseClosed = true })).EnsureSuccessStatusCode();
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        var all = CaseIds(await admin.GetStringAsync("/InjuryCases"));
        var offWork = CaseIds(await admin.GetStringAsync("/InjuryCases?WorkStatus=OffWork"));
        var closedOnly = CaseIds(await admin.GetStringAsync("/InjuryCases?Status=Closed"));
        var phoenix = CaseIds(await admin.GetStringAsync("/InjuryCases?Location=PHX"));

        all.IndexOf(open).ShouldBeLessThan(all.IndexOf(closed));
        offWork.ShouldContain(open);
        offWork.ShouldNotContain(closed);
        closedOnly.ShouldContain(closed);
        closedOnly.ShouldNotContain(open);
        phoenix.ShouldNotContain(open);
    }

    [Fact]
    public async Task The_case_page_shows_the_injury_and_a_timeline_of_visits_statuses_and_documents()
    {
        var surname = Surname();
        var injured = factory.AcmeToday.AddDays(-4);
        var (visit, caseId) = await _ops.OpenCaseAsync(injured, surname);
        await _ops.ModifiedDutyAsync(visit, injured.AddDays(1), null, "Seated work only");
        await new Results.OpsVisitsClient(factory.OpsClient()).UploadDocumentAsync(visit, "FirstNoticeOfInjuryLetter", outcome: null);
        var viewer = await factory.SignedInClientAsync(DemoDataSeeder.Acme.ViewerEmail!);

        var page = await viewer.GetStringAsync($"/InjuryCases/Details/{caseId}");

        page.ShouldContain("Casey " + surname);
        page.ShouldContain("Left wrist");
        page.ShouldContain("WC-77");
        page.ShouldContain("Seated work only");
        page.ShouldContain("First Notice of Injury Letter");
        page.ShouldNotContain("Pass");
        page.ShouldNotContain("Fail");
        Regex.Matches(page, "data-kind=\"(\\w+)\"").Select(m => m.Groups[1].Value).Distinct().Order()
            .ShouldBe(["Document", "Visit", "WorkStatus"]);
        page.ShouldNotContain("OSHA recording (Admins)", Case.Sensitive, "a View Only user does not manage OSHA records");
    }

    [Fact]
    public async Task Another_companys_user_gets_404_for_the_case_and_does_not_see_it_listed()
    {
        var (_, caseId) = await _ops.OpenCaseAsync(factory.AcmeToday.AddDays(-2), Surname());
        var globex = await factory.SignedInClientAsync(DemoDataSeeder.Globex.AdminEmail);

        (await globex.GetAsync($"/InjuryCases/Details/{caseId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        CaseIds(await globex.GetStringAsync("/InjuryCases")).ShouldNotContain(caseId);
        (await PortalFactory.PostFormAsync(globex, $"/InjuryCases/Details/{caseId}?handler=Osha", new Dictionary<string, string> { ["Recordable"] = "true" }, "/InjuryCases"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_Dallas_viewer_gets_404_for_a_Phoenix_case_and_sees_Dallas_cases()
    {
        var (_, phoenix) = await _ops.OpenCaseAsync(factory.AcmeToday.AddDays(-2), Surname(), DemoDataSeeder.PhoenixCode);
        var (_, dallasCase) = await _ops.OpenCaseAsync(factory.AcmeToday.AddDays(-2), Surname());
        var dallas = await factory.SignedInClientAsync(DemoDataSeeder.DallasViewerEmail);

        (await dallas.GetAsync($"/InjuryCases/Details/{phoenix}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await dallas.GetAsync($"/InjuryCases/Details/{dallasCase}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var list = await dallas.GetStringAsync("/InjuryCases");
        CaseIds(list).ShouldNotContain(phoenix);
        CaseIds(list).ShouldContain(dallasCase);
        list.ShouldNotContain("Phoenix Terminal", Case.Sensitive, "the location filter offers the user's own locations only");
    }

    [Fact]
    public async Task An_admin_reopens_a_closed_case_and_decides_its_OSHA_recording_and_the_trail_records_both()
    {
        var (visit, caseId) = await _ops.OpenCaseAsync(factory.AcmeToday.AddDays(-5), Surname());
        (await _ops.WorkStatusAsync(visit, new { status = "FullDuty", effectiveFrom = factory.AcmeToday.ToString("yyyy-MM-dd"), caseClosed = true })).EnsureSuccessStatusCode();
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var viewer = await factory.SignedInClientAsync(DemoDataSeeder.Acme.ViewerEmail!);
        var url = $"/InjuryCases/Details/{caseId}";

        (await PortalFactory.PostFormAsync(viewer, url + "?handler=Reopen", new Dictionary<string, string>(), url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await PortalFactory.PostFormAsync(admin, url + "?handler=Reopen", new Dictionary<string, string>(), url)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PortalFactory.PostFormAsync(admin, url + "?handler=Osha", new Dictionary<string, string> { ["Recordable"] = "true", ["PrivacyCase"] = "true" }, url))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var reopenAgain = await PortalFactory.PostFormAsync(admin, url + "?handler=Reopen", new Dictionary<string, string>(), url);

        reopenAgain.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await reopenAgain.Content.ReadAsStringAsync()).ShouldContain("only a closed case is reopened");
        var stored = await factory.WithDbAsync(db => db.Set<InjuryCase>().IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.Id == new InjuryCaseId(caseId)));
        stored.Status.ShouldBe(InjuryCaseStatus.Open);
        stored.OshaRecordable.ShouldBe(true);
        stored.OshaPrivacyCase.ShouldBeTrue();
        var actions = await factory.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters().Where(a => a.TargetId == caseId.ToString()).Select(a => a.Action).ToListAsync());
        actions.ShouldBe([InjuryCaseAuditActions.CaseReopened, InjuryCaseAuditActions.OshaRecordingDecided], ignoreOrder: true);
        AuditActionNames.Words.ShouldContainKey(InjuryCaseAuditActions.CaseReopened);
    }

    [Fact]
    public async Task The_demo_company_has_an_open_case_on_modified_duty_with_a_next_appointment_and_a_closed_one()
    {
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        var open = await admin.GetStringAsync("/InjuryCases?Status=Open&WorkStatus=ModifiedDuty");
        var closed = await admin.GetStringAsync("/InjuryCases?Status=Closed");

        open.ShouldContain(DemoInjuryCases.OpenCaseEmployee);
        open.ShouldContain(DemoInjuryCases.OpenCaseRestriction);
        RowOf(open, CaseIds(open).First(id => RowOf(open, id).Contains(DemoInjuryCases.OpenCaseEmployee))).ShouldNotContain("None scheduled");
        closed.ShouldContain(DemoInjuryCases.ClosedCaseId);
    }

    [Fact]
    public async Task The_dashboard_counts_open_cases_by_work_status_and_links_to_the_filtered_list()
    {
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var before = OffWorkCount(await admin.GetStringAsync("/Dashboard"));
        var (visit, caseId) = await _ops.OpenCaseAsync(factory.AcmeToday.AddDays(-1), Surname());
        (await _ops.WorkStatusAsync(visit, new { status = "OffWork", effectiveFrom = factory.AcmeToday.AddDays(-1).ToString("yyyy-MM-dd") })).EnsureSuccessStatusCode();

        var dashboard = await admin.GetStringAsync("/Dashboard");

        OffWorkCount(dashboard).ShouldBe(before + 1);
        var link = OffWorkLink().Match(dashboard).Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal);
        link.ShouldBe("/InjuryCases?Status=Open&WorkStatus=OffWork");
        CaseIds(await admin.GetStringAsync(link)).ShouldContain(caseId);
    }

    [Fact]
    public async Task The_OSHA_log_is_for_Admins_and_lists_only_the_cases_an_Admin_marked_recordable()
    {
        var injured = factory.AcmeToday.DayOfYear > 3 ? factory.AcmeToday.AddDays(-2) : factory.AcmeToday;
        var (_, recordable) = await _ops.OpenCaseAsync(injured, Surname());
        var (_, undecided) = await _ops.OpenCaseAsync(injured, Surname());
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var viewer = await factory.SignedInClientAsync(DemoDataSeeder.Acme.ViewerEmail!);
        (await PortalFactory.PostFormAsync(admin, $"/InjuryCases/Details/{recordable}?handler=Osha", new Dictionary<string, string> { ["Recordable"] = "true" }, $"/InjuryCases/Details/{recordable}"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var numbers = await factory.WithDbAsync(db => db.Set<InjuryCase>().IgnoreQueryFilters()
            .Where(c => c.Id == new InjuryCaseId(recordable) || c.Id == new InjuryCaseId(undecided)).ToDictionaryAsync(c => c.Id.Value, c => c.ExternalCaseId));

        (await viewer.GetAsync("/InjuryCases/Osha")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var csv = await admin.GetStringAsync($"/InjuryCases/Osha?handler=Csv&Location=MAIN&Year={injured.Year}");
        var page = await admin.GetStringAsync($"/InjuryCases/Osha?Location=MAIN&Year={injured.Year}");

        csv.ShouldContain(numbers[recordable] + ",");
        csv.ShouldNotContain(numbers[undecided]);
        page.ShouldContain($"/InjuryCases/Details/{undecided}", Case.Sensitive, "an undecided case is listed for the Admin's decision");
    }

    [Fact]
    public async Task The_demo_injury_letters_and_reports_carry_no_pass_or_fail_and_the_employee_page_shows_none()
    {
        var injuryVisits = await factory.WithDbAsync(db => db.VisitResults.IgnoreQueryFilters().AsNoTracking().Include(v => v.Documents)
            .Where(v => v.Category == Domain.Results.VisitCategory.Injury && v.ExternalVisitId.StartsWith("DEMO-100200-") && v.Documents.Any())
            .ToListAsync());
        injuryVisits.ShouldNotBeEmpty();
        injuryVisits.SelectMany(v => v.Documents).ShouldAllBe(d => d.Outcome == null);
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        var page = await admin.GetStringAsync($"/Results/Employee/{injuryVisits[0].Id.Value}");

        page.ShouldNotContain("· Fail");
        page.ShouldNotContain("No outcome");
    }

    private static int OffWorkCount(string dashboard) =>
        int.Parse(OffWorkBadge().Match(dashboard).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("data-testid=\"open-cases-OffWork\"[\\s\\S]*?<span class=\"badge[^\"]*\">(\\d+)</span>")]
    private static partial Regex OffWorkBadge();

    [GeneratedRegex("data-testid=\"open-cases-OffWork\"[\\s\\S]*?href=\"([^\"]+)\"")]
    private static partial Regex OffWorkLink();

    internal static List<Guid> CaseIds(string page) =>
        [.. CaseRow().Matches(page).Select(m => Guid.Parse(m.Groups[1].Value))];

    internal static string RowOf(string page, Guid caseId)
    {
        var start = page.IndexOf($"data-case-id=\"{caseId}\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, $"case {caseId} is listed");
        var end = page.IndexOf("</tr>", start, StringComparison.Ordinal);
        return page[start..end];
    }

    [GeneratedRegex("data-case-id=\"([0-9a-f-]{36})\"")]
    private static partial Regex CaseRow();
}
