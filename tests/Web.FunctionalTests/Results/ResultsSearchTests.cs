using System.Net;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Results.Queries.SearchResults;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Domain.Users;
using EmployerPortal.DemoData;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Web.FunctionalTests.Results;

public sealed class ResultsSearchTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private readonly OpsVisitsClient _ops = new(portal.OpsClient());

    private static string Unique(string name) => name + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsAsciiLetter).Take(6).Select(c => (char)('a' + (c - 'a'))));

    [Fact]
    public async Task Employee_name_search_is_a_prefix_match_ignoring_case_and_accents_on_either_name()
    {
        var surname = Unique("Muñoz");
        var jose = await _ops.RegisterVisitAsync(firstName: "José", lastName: surname, employeeId: null);
        var joseResult = await _ops.UploadDocumentAsync(jose);
        var other = await _ops.RegisterVisitAsync(firstName: "Ana", lastName: Unique("Munro"), employeeId: null);
        await _ops.UploadDocumentAsync(other);
        var client = await portal.SignedInClientAsync(DemoDataSeeder.Acme.ViewerEmail!);

        var bySurname = await client.GetStringAsync($"/Results?Name={Uri.EscapeDataString(surname.ToUpperInvariant().Replace("Ñ", "N", StringComparison.Ordinal)[..8])}");
        var byFullName = await client.GetStringAsync($"/Results?Name={Uri.EscapeDataString("jose " + surname)}");
        var bySurnameFirst = await client.GetStringAsync($"/Results?Name={Uri.EscapeDataString(surname + ", JOSÉ")}");

        ResultsPages.DocumentIds(bySurname).ShouldBe([joseResult]);
        ResultsPages.DocumentIds(byFullName).ShouldBe([joseResult]);
        ResultsPages.DocumentIds(bySurnameFirst).ShouldBe([joseResult]);
    }

    [Fact]
    public async Task Employee_id_filter_finds_only_that_employee()
    {
        var employeeId = Unique("EMP-");
        var visit = await _ops.RegisterVisitAsync(employeeId: employeeId);
        var wanted = await _ops.UploadDocumentAsync(visit);
        await _ops.UploadDocumentAsync(await _ops.RegisterVisitAsync(employeeId: Unique("EMP-")));
        var client = await portal.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        var html = await client.GetStringAsync($"/Results?EmployeeId={employeeId}");

        ResultsPages.DocumentIds(html).ShouldBe([wanted]);
    }

    [Fact]
    public async Task Visit_date_range_category_type_and_outcome_each_narrow_the_list()
    {
        var surname = Unique("Datum");
        var march = new DateTimeOffset(2021, 3, 15, 10, 0, 0, TimeSpan.FromHours(-5));
        var injuryInMarch = await _ops.RegisterVisitAsync(lastName: surname, category: "Injury", scheduledAt: march);
        var physicalInJune = await _ops.RegisterVisitAsync(lastName: surname, category: "NonInjury", scheduledAt: march.AddMonths(3));
        var fitPass = await _ops.UploadDocumentAsync(injuryInMarch, "FitTestResults", "Pass");
        var dotFail = await _ops.UploadDocumentAsync(physicalInJune, "MecDotCard", "Fail");
        var client = await portal.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        async Task<IReadOnlyList<Guid>> Search(string query) => ResultsPages.DocumentIds(await client.GetStringAsync($"/Results?Name={surname}&{query}"));

        (await Search("")).ShouldBe([dotFail, fitPass]);
        (await Search("From=2021-03-01&To=2021-03-31")).ShouldBe([fitPass]);
        (await Search("From=2021-06-15&To=2021-06-15")).ShouldBe([dotFail]);
        (await Search("Category=Injury")).ShouldBe([fitPass]);
        (await Search("Category=NonInjury")).ShouldBe([dotFail]);
        (await Search("Type=MecDotCard")).ShouldBe([dotFail]);
        (await Search("Outcome=Pass")).ShouldBe([fitPass]);
        (await Search("Outcome=Pending")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Results_are_newest_first_and_sortable_by_visit_date()
    {
        var surname = Unique("Order");
        var early = await _ops.RegisterVisitAsync(lastName: surname, scheduledAt: new DateTimeOffset(2022, 1, 1, 9, 0, 0, TimeSpan.Zero));
        var late = await _ops.RegisterVisitAsync(lastName: surname, scheduledAt: new DateTimeOffset(2022, 6, 1, 9, 0, 0, TimeSpan.Zero));
        var receivedFirst = await _ops.UploadDocumentAsync(late);
        portal.Clock.Advance(TimeSpan.FromMinutes(1));
        var receivedSecond = await _ops.UploadDocumentAsync(early);
        var client = await portal.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        ResultsPages.DocumentIds(await client.GetStringAsync($"/Results?Name={surname}")).ShouldBe([receivedSecond, receivedFirst]);
        ResultsPages.DocumentIds(await client.GetStringAsync($"/Results?Name={surname}&Sort=VisitDate&Asc=true")).ShouldBe([receivedSecond, receivedFirst]);
        ResultsPages.DocumentIds(await client.GetStringAsync($"/Results?Name={surname}&Sort=VisitDate")).ShouldBe([receivedFirst, receivedSecond]);
    }

    [Fact]
    public async Task Pages_are_bounded_in_size_and_walk_through_every_result_once()
    {
        var surname = Unique("Pager");
        var visit = await _ops.RegisterVisitAsync(lastName: surname);
        var uploaded = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            uploaded.Add(await _ops.UploadDocumentAsync(visit));
            portal.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var client = await portal.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var twoPerPage = await Task.WhenAll(Enumerable.Range(1, 3).Select(p => client.GetStringAsync($"/Results?Name={surname}&Size=2&pg={p}")));
        var oversized = await client.GetStringAsync($"/Results?Name={surname}&Size=100000");

        twoPerPage.Select(ResultsPages.DocumentIds).SelectMany(ids => ids).ShouldBe(Enumerable.Reverse(uploaded));
        twoPerPage[0].ShouldContain("5 results");
        ResultsPages.DocumentIds(oversized).Count.ShouldBe(5);
        System.Text.RegularExpressions.Regex.IsMatch(oversized, "<option[^>]*selected[^>]*value=\"25\"|<option[^>]*value=\"25\"[^>]*selected").ShouldBeTrue();
    }

    [Fact]
    public async Task The_search_query_refuses_unbounded_pages()
    {
        var user = await portal.WithDbAsync(db => db.PortalUsers.SingleAsync(u => u.Email == DemoDataSeeder.Acme.AdminEmail));
        var actor = FixedActor.Employer(user.Id, user.CompanyId, UserRole.Admin);

        await Should.ThrowAsync<ValidationFailedException>(() =>
            portal.SendAsync(s => s.Send(new SearchResultsQuery(new ResultSearchCriteria(PageSize: 1000))), actor));
        await Should.ThrowAsync<ValidationFailedException>(() =>
            portal.SendAsync(s => s.Send(new SearchResultsQuery(new ResultSearchCriteria(Page: 5000, PageSize: 100))), actor));
    }

    [Fact]
    public async Task A_result_is_unread_for_each_user_until_that_user_opens_it()
    {
        var surname = Unique("Unread");
        var document = await _ops.UploadDocumentAsync(await _ops.RegisterVisitAsync(lastName: surname));
        var admin = await portal.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var viewer = await portal.SignedInClientAsync(DemoDataSeeder.Acme.ViewerEmail!);
        ResultsPages.UnreadCount(await admin.GetStringAsync($"/Results?Name={surname}")).ShouldBe(1);

        var opened = await admin.GetAsync($"/Results/Document/{document}");

        opened.StatusCode.ShouldBe(HttpStatusCode.OK);
        ResultsPages.UnreadCount(await admin.GetStringAsync($"/Results?Name={surname}")).ShouldBe(0);
        ResultsPages.UnreadCount(await viewer.GetStringAsync($"/Results?Name={surname}")).ShouldBe(1);
    }

    [Fact]
    public async Task Another_companys_results_never_appear_in_a_search()
    {
        var surname = Unique("Globex");
        await _ops.UploadDocumentAsync(await _ops.RegisterVisitAsync(accountNumber: "100300", lastName: surname));
        var acme = await portal.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var globex = await portal.SignedInClientAsync(DemoDataSeeder.Globex.AdminEmail);

        ResultsPages.DocumentIds(await acme.GetStringAsync($"/Results?Name={surname}")).ShouldBeEmpty();
        ResultsPages.DocumentIds(await globex.GetStringAsync($"/Results?Name={surname}")).Count.ShouldBe(1);
    }

    [Fact]
    public async Task The_drug_screen_portal_link_shows_only_when_configured()
    {
        var globex = await portal.SignedInClientAsync(DemoDataSeeder.Globex.AdminEmail);
        (await globex.GetStringAsync("/Results")).ShouldNotContain("drug-screen-link");

        await portal.WithDbAsync(async db =>
        {
            var company = await db.Companies.SingleAsync(c => c.Name == DemoDataSeeder.Globex.Name);
            company.ChangeSettings(company.Status, new Uri("https://drugscreen.example/globex"), company.EnabledNonStandardResultTypes, portal.Clock.GetUtcNow());
            return await db.SaveChangesAsync();
        });

        (await globex.GetStringAsync("/Results")).ShouldContain("href=\"https://drugscreen.example/globex\"");
    }
}
