using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EmployerPortal.Application.Audit;
using EmployerPortal.DemoData;
using EmployerPortal.Infrastructure.Pdf;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using EmployerPortal.Web.FunctionalTests.Users;

namespace EmployerPortal.Web.FunctionalTests.Results;

/// <summary>
/// 49 CFR 40: drug and alcohol results reach the company's DERs only. For any other user of the company those
/// documents do not exist — not listed, not counted, not merged, not opened by id (404, as another company's).
/// </summary>
public sealed class DrugAndAlcoholTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly OpsVisitsClient _ops = new(factory.OpsClient());

    private async Task<(string Surname, Guid Custody, Guid FitTest)> VisitWithCustodyFormAsync()
    {
        var surname = "Drug" + Guid.NewGuid().ToString("N")[..8];
        var visit = await _ops.RegisterVisitAsync(lastName: surname, employeeId: "E-" + surname, category: "NonInjury");
        return (surname, await _ops.UploadDocumentAsync(visit, "CustodyAndControlForm", outcome: null), await _ops.UploadDocumentAsync(visit));
    }

    private async Task<HttpClient> NonDerAsync()
    {
        var email = $"nonder-{Guid.NewGuid():N}@acme.example";
        await factory.ActiveUserAsync(email);
        return await factory.SignedInClientAsync(email);
    }

    [Fact]
    public async Task A_user_who_is_not_a_DER_finds_no_drug_or_alcohol_document_by_list_count_id_employee_page_or_merge()
    {
        var (surname, custody, fitTest) = await VisitWithCustodyFormAsync();
        var viewer = await NonDerAsync();

        var list = await viewer.GetStringAsync($"/Results?Name={surname}");
        ResultsPages.DocumentIds(list).ShouldBe([fitTest]);
        list.ShouldNotContain("Custody and Control Form");
        (await viewer.GetAsync($"/Results/Document/{custody}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await viewer.GetAsync($"/Results/Document/{custody}?handler=Download")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ResultsPages.MergeAsync(viewer, [fitTest, custody])).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var employee = await viewer.GetStringAsync($"/Results/Employee/{ResultsPages.VisitIdOf(list, fitTest)}");
        employee.ShouldContain(surname);
        employee.ShouldNotContain(custody.ToString());
        employee.ShouldNotContain("Custody and Control Form");
    }

    [Fact]
    public async Task A_DER_sees_opens_and_merges_them()
    {
        var (surname, custody, fitTest) = await VisitWithCustodyFormAsync();
        var der = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        var list = await der.GetStringAsync($"/Results?Name={surname}");
        ResultsPages.DocumentIds(list).ShouldBe([fitTest, custody], ignoreOrder: true);
        (await der.GetAsync($"/Results/Document/{custody}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var merged = await ResultsPages.MergeAsync(der, [fitTest, custody]);
        merged.StatusCode.ShouldBe(HttpStatusCode.OK);
        merged.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
    }

    [Fact]
    public async Task An_Admin_marks_a_user_as_DER_which_ends_their_session_shows_them_the_documents_after_sign_in_and_is_audited()
    {
        var (surname, custody, _) = await VisitWithCustodyFormAsync();
        var email = $"becomes-der-{Guid.NewGuid():N}@acme.example";
        var userId = await factory.ActiveUserAsync(email);
        var user = await factory.SignedInClientAsync(email);
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        (await user.GetAsync($"/Results/Document/{custody}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await MarkAsync(admin, userId, isDer: true)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await factory.UserAsync(email)).IsDer.ShouldBeTrue();
        (await user.GetAsync($"/Results/Document/{custody}")).StatusCode.ShouldBe(HttpStatusCode.Redirect, "the change ended their session");
        user = await factory.SignedInClientAsync(email);
        (await user.GetAsync($"/Results/Document/{custody}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        ResultsPages.DocumentIds(await user.GetStringAsync($"/Results?Name={surname}")).ShouldContain(custody);
        (await factory.AuditAsync(AuditActions.UserDerMarkChanged, userId)).ShouldHaveSingleItem().Details.ShouldBe("der=true");

        await MarkAsync(admin, userId, isDer: false);
        user = await factory.SignedInClientAsync(email);
        (await user.GetAsync($"/Results/Document/{custody}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_first_Admin_of_the_demo_company_is_a_DER_and_the_viewer_is_not()
    {
        (await factory.UserAsync(DemoDataSeeder.Acme.AdminEmail)).IsDer.ShouldBeTrue();
        (await factory.UserAsync(DemoDataSeeder.Acme.ViewerEmail!)).IsDer.ShouldBeFalse();
    }

    [Fact]
    public async Task A_View_Only_user_cannot_set_the_mark()
    {
        var email = $"target-{Guid.NewGuid():N}@acme.example";
        var userId = await factory.ActiveUserAsync(email);
        var viewer = await factory.SignedInClientAsync(DemoDataSeeder.Acme.ViewerEmail!);

        (await MarkAsync(viewer, userId, isDer: true, formPage: "/Results")).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound);
        (await factory.UserAsync(email)).IsDer.ShouldBeFalse();
    }

    [Fact]
    public async Task Ops_may_mark_a_non_standard_document_only_and_the_answer_says_it_is_for_DERs()
    {
        var visit = await _ops.RegisterVisitAsync();

        var standard = await _ops.UploadAsync(visit,
            JsonSerializer.Serialize(new { externalDocumentId = OpsVisitsClient.NewId("D"), resultType = "FitTestResults", drugAndAlcohol = true }),
            SamplePdf.Create("Fit test", ["Pass"]));
        var custody = await _ops.UploadAsync(visit, OpsVisitsClient.Metadata(OpsVisitsClient.NewId("D"), "CustodyAndControlForm", outcome: null), SamplePdf.Create("CCF", ["Negative"]));

        standard.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await standard.Content.ReadAsStringAsync()).ShouldContain("drugAndAlcohol", Case.Insensitive);
        custody.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await custody.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("drugAndAlcohol").GetBoolean().ShouldBeTrue();
    }

    private static Task<HttpResponseMessage> MarkAsync(HttpClient client, Guid userId, bool isDer, string formPage = "/Users") =>
        PortalFactory.PostFormAsync(client, $"/Users?handler=DerMark&id={userId}", new Dictionary<string, string> { ["isDer"] = isDer ? "true" : "false" }, formPage);
}
