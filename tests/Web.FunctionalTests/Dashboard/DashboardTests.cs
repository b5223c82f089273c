using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using EmployerPortal.DemoData;
using EmployerPortal.Web.FunctionalTests.Authorizations;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using EmployerPortal.Web.FunctionalTests.Results;

namespace EmployerPortal.Web.FunctionalTests.Dashboard;

/// <summary>
/// The landing page of every employer user. Each test compares the dashboard before and after arranging its own rows
/// through the ops API, so other data of the fixture never decides the outcome.
/// </summary>
public sealed class DashboardTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string Acme = DemoDataSeeder.Acme.AccountNumber;
    private static readonly string Globex = DemoDataSeeder.Globex.AccountNumber;
    private readonly OpsVisitsClient _ops = new(factory.OpsClient());

    private static string NewSurname(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8];

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Noon, Acme's local time, <paramref name="days"/> after Acme's today.</summary>
    private DateTimeOffset AcmeNoon(int days = 0)
    {
        var local = factory.AcmeToday.AddDays(days).ToDateTime(new TimeOnly(12, 0));
        return new DateTimeOffset(local, PortalFactory.AcmeZone.GetUtcOffset(local));
    }

    private Task<string> VisitAsync(string account, string surname, DateTimeOffset? at = null) =>
        _ops.RegisterVisitAsync(account, lastName: surname, employeeId: "E-" + surname, category: "NonInjury", scheduledAt: at ?? AcmeNoon());

    [Fact]
    public async Task Signing_in_lands_on_the_dashboard_which_comes_first_in_the_nav()
    {
        var client = factory.CreateBrowserLikeClient();

        var signIn = await PortalFactory.PostFormAsync(client, "/Account/SignIn", new Dictionary<string, string>
        {
            ["Input.Email"] = DemoDataSeeder.Acme.ViewerEmail!,
            ["Input.Password"] = DemoDataSeeder.DemoPassword,
        });
        signIn.Headers.Location!.ToString().ShouldBe("/");
        var home = await client.GetAsync("/");

        home.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        home.Headers.Location!.ToString().ShouldBe("/Dashboard");
        var dashboard = await client.GetStringAsync("/Dashboard");
        dashboard.ShouldContain("<h1 class=\"h3 mb-3\">Dashboard</h1>");
        var nav = dashboard[dashboard.IndexOf("navbar-nav", StringComparison.Ordinal)..];
        nav.IndexOf("href=\"/Dashboard\"", StringComparison.Ordinal).ShouldBeLessThan(nav.IndexOf("href=\"/Company\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_explicit_return_url_still_wins_over_the_dashboard()
    {
        var client = factory.CreateBrowserLikeClient();

        var signIn = await PortalFactory.PostFormAsync(client, "/Account/SignIn?ReturnUrl=%2FResults", new Dictionary<string, string>
        {
            ["Input.Email"] = DemoDataSeeder.Acme.ViewerEmail!,
            ["Input.Password"] = DemoDataSeeder.DemoPassword,
        });

        signIn.Headers.Location!.ToString().ShouldBe("/Results");
    }

    [Fact]
    public async Task New_results_count_the_users_unread_documents_by_type_and_link_to_the_results_of_that_type()
    {
        var viewer = await factory.SignedInClientAsync(DemoDataSeeder.Acme.ViewerEmail!);
        var before = await DashboardPage.LoadAsync(viewer);
        var surname = NewSurname("Dash");
        var visit = await VisitAsync(Acme, surname);
        var opened = await _ops.UploadDocumentAsync(visit, "FitTestResults");
        await _ops.UploadDocumentAsync(visit, "FitTestResults");
        await _ops.UploadDocumentAsync(visit, "MecDotCard", outcome: null);
        await _ops.UploadDocumentAsync(await VisitAsync(Globex, NewSurname("Globex")), "FitTestResults");

        var after = await DashboardPage.LoadAsync(viewer);
        (await viewer.GetAsync($"/Results/Document/{opened}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var afterOpening = await DashboardPage.LoadAsync(viewer);

        (after.Unread("FitTestResults") - before.Unread("FitTestResults")).ShouldBe(2, "Globex's result never counts for Acme");
        (after.Unread("MecDotCard") - before.Unread("MecDotCard")).ShouldBe(1);
        (after.UnreadTotal - before.UnreadTotal).ShouldBe(3);
        afterOpening.Unread("FitTestResults").ShouldBe(after.Unread("FitTestResults") - 1, "an opened result is no longer new");
        (after.Bar("results-by-type", "Fit Test Results") - before.Bar("results-by-type", "Fit Test Results")).ShouldBe(2);
        (after.Bar("results-by-type", "MEC DOT Card") - before.Bar("results-by-type", "MEC DOT Card")).ShouldBe(1);
        after.UnreadLink("FitTestResults").ShouldBe("/Results?Type=FitTestResults");
        var linked = await viewer.GetStringAsync(after.UnreadLink("FitTestResults") + "&Name=" + surname);
        ResultsPages.DocumentIds(linked).Count.ShouldBe(2, "the link shows the fit tests, not the DOT card");
    }

    [Fact]
    public async Task A_custody_and_control_form_is_new_for_the_DER_and_does_not_exist_for_a_user_who_is_not_one()
    {
        var viewer = await factory.SignedInClientAsync(DemoDataSeeder.Acme.ViewerEmail!);
        var der = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var viewerBefore = await DashboardPage.LoadAsync(viewer);
        var derBefore = await DashboardPage.LoadAsync(der);

        await _ops.UploadDocumentAsync(await VisitAsync(Acme, NewSurname("Ccf")), "CustodyAndControlForm", outcome: null);

        var viewerAfter = await DashboardPage.LoadAsync(viewer);
        var derAfter = await DashboardPage.LoadAsync(der);
        (derAfter.Unread("CustodyAndControlForm") - derBefore.Unread("CustodyAndControlForm")).ShouldBe(1);
        (derAfter.UnreadTotal - derBefore.UnreadTotal).ShouldBe(1);
        (derAfter.Bar("results-by-type", "Custody and Control Form") - derBefore.Bar("results-by-type", "Custody and Control Form")).ShouldBe(1);
        viewerAfter.UnreadTotal.ShouldBe(viewerBefore.UnreadTotal);
        viewerAfter.Html.ShouldNotContain("CustodyAndControlForm");
        viewerAfter.Html.ShouldNotContain("Custody and Control Form");
    }

    [Fact]
    public async Task Todays_and_tomorrows_visits_count_by_status_in_local_days_and_link_to_the_visit_board_of_that_day_and_status()
    {
        var viewer = await factory.SignedInClientAsync(DemoDataSeeder.Acme.ViewerEmail!);
        var before = await DashboardPage.LoadAsync(viewer);
        var surname = NewSurname("Today");
        await VisitAsync(Acme, surname);
        (await _ops.ChangeStatusAsync(await VisitAsync(Acme, surname), "CheckedIn")).EnsureSuccessStatusCode();
        await VisitAsync(Acme, NewSurname("Tomorrow"), AcmeNoon(1));
        await VisitAsync(Acme, NewSurname("Later"), AcmeNoon(2));
        await VisitAsync(Globex, NewSurname("Globex"));

        var after = await DashboardPage.LoadAsync(viewer);

        (after.Visits("today", "Scheduled") - before.Visits("today", "Scheduled")).ShouldBe(1, "Globex's visit never counts for Acme");
        (after.Visits("today", "CheckedIn") - before.Visits("today", "CheckedIn")).ShouldBe(1);
        (after.Visits("tomorrow", "Scheduled") - before.Visits("tomorrow", "Scheduled")).ShouldBe(1, "the day after tomorrow is on neither card");
        var today = Iso(factory.AcmeToday);
        var link = after.VisitsLink("today", "CheckedIn");
        link.ShouldBe($"/Visits?From={today}&To={today}&Status=CheckedIn");
        after.VisitsLink("tomorrow", "Scheduled").ShouldBe($"/Visits?From={Iso(factory.AcmeToday.AddDays(1))}&To={Iso(factory.AcmeToday.AddDays(1))}&Status=Scheduled");
        var board = await viewer.GetStringAsync(link);
        Occurrences(board, $"{surname}, Dana").ShouldBe(1, "the board of that link lists the checked-in visit, not the scheduled one");
    }

    [Fact]
    public async Task Visits_per_week_count_the_local_weeks_visits()
    {
        var viewer = await factory.SignedInClientAsync(DemoDataSeeder.Acme.ViewerEmail!);
        var today = factory.AcmeToday;
        var thisWeek = $"Week of {today.AddDays(-(((int)today.DayOfWeek + 6) % 7)).ToString("MMM d, yyyy", CultureInfo.GetCultureInfo("en-US"))}";
        var before = await DashboardPage.LoadAsync(viewer);

        await VisitAsync(Acme, NewSurname("Week"));
        await VisitAsync(Globex, NewSurname("Globex"));

        var after = await DashboardPage.LoadAsync(viewer);
        (after.Bar("visits-per-week", thisWeek) - before.Bar("visits-per-week", thisWeek)).ShouldBe(1);
        after.Html.ShouldContain("role=\"img\" aria-labelledby=\"visits-per-week-title\"");
        after.Html.ShouldContain("<title id=\"visits-per-week-title\">");
    }

    [Fact]
    public async Task Open_authorizations_are_the_active_unexpired_unused_ones_and_link_to_the_active_authorizations()
    {
        var viewer = await factory.SignedInClientAsync(DemoDataSeeder.Acme.ViewerEmail!);
        var before = await DashboardPage.LoadAsync(viewer);
        var surname = NewSurname("Auth");

        await AuthorizationTestData.CreateAsync(factory, AuthorizationTestData.AcmeAdmin, lastName: surname);
        var used = await AuthorizationTestData.CreateAsync(factory, AuthorizationTestData.AcmeAdmin, lastName: surname);
        (await factory.OpsClient().PostAsJsonAsync($"/api/ops/v1/authorizations/{used.Number}/check-in", new { externalVisitId = OpsVisitsClient.NewId("V") }))
            .EnsureSuccessStatusCode();
        await AuthorizationTestData.CreateExpiredAsync(factory, AuthorizationTestData.AcmeAdmin, lastName: surname);
        await AuthorizationTestData.CreateAsync(factory, AuthorizationTestData.GlobexAdmin, lastName: surname);

        var after = await DashboardPage.LoadAsync(viewer);
        (after.ActiveAuthorizations - before.ActiveAuthorizations).ShouldBe(1);
        after.ActiveAuthorizationsLink.ShouldBe("/Authorizations?Search.Status=Active");
        var list = await viewer.GetStringAsync(after.ActiveAuthorizationsLink + "&Search.EmployeeName=" + surname);
        Occurrences(list, $"Ana {surname}").ShouldBe(1, "the link lists the active authorization only");
    }

    private static int Occurrences(string html, string text) => (html.Length - html.Replace(text, "", StringComparison.Ordinal).Length) / text.Length;
}
