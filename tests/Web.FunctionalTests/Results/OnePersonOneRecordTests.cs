using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using EmployerPortal.DemoData;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using UglyToad.PdfPig;

namespace EmployerPortal.Web.FunctionalTests.Results;

/// <summary>An employee is the same person only when the employee id and the date of birth agree.</summary>
public sealed class OnePersonOneRecordTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private readonly OpsVisitsClient _ops = new(portal.OpsClient());

    [Fact]
    public async Task The_same_employee_id_with_another_date_of_birth_is_a_separate_person_on_every_page()
    {
        var employeeId = "P-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var alice = await RegisterAsync(OpsVisitsClient.NewId("V"), employeeId, "Alice", "Quillfeather", "1980-01-01");
        var bertId = OpsVisitsClient.NewId("V");
        var bert = await RegisterAsync(bertId, employeeId, "Bert", "Marchbanks", "1990-02-02");
        var bertAgain = await RegisterAsync(bertId, employeeId, "Bert", "Marchbanks", "1990-02-02");
        await _ops.UploadDocumentAsync(alice.ExternalVisitId, heading: "Alice Quillfeather fit test");
        await _ops.UploadDocumentAsync(bert.ExternalVisitId, heading: "Bert Marchbanks fit test");
        var client = await portal.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        var alicePage = await client.GetStringAsync($"/Results/Employee/{alice.VisitId}");
        var bertPage = await client.GetStringAsync($"/Results/Employee/{bert.VisitId}");
        var aliceAll = await DownloadAllTextAsync(client, alice.VisitId);
        var bertAll = await DownloadAllTextAsync(client, bert.VisitId);

        alice.Status.ShouldBe(HttpStatusCode.Created);
        alice.Employee.GetProperty("matchedExisting").GetBoolean().ShouldBeFalse();
        bert.Status.ShouldBe(HttpStatusCode.Created);
        bert.Employee.GetProperty("matchedExisting").GetBoolean().ShouldBeFalse();
        bert.Employee.GetProperty("note").GetString().ShouldBe(
            $"Employee id {employeeId} is already used by a different person (date of birth differs); recorded as a separate person.");
        bertAgain.Status.ShouldBe(HttpStatusCode.OK);
        bertAgain.Employee.GetRawText().ShouldBe(bert.Employee.GetRawText());
        VisitCount(alicePage).ShouldBe(1);
        alicePage.ShouldContain("Quillfeather");
        alicePage.ShouldNotContain("Marchbanks");
        VisitCount(bertPage).ShouldBe(1);
        bertPage.ShouldContain("Marchbanks");
        bertPage.ShouldNotContain("Quillfeather");
        aliceAll.ShouldContain("Alice Quillfeather fit test");
        aliceAll.ShouldNotContain("Bert Marchbanks");
        bertAll.ShouldContain("Bert Marchbanks fit test");
        bertAll.ShouldNotContain("Alice Quillfeather");
    }

    [Fact]
    public async Task The_same_employee_id_and_date_of_birth_is_the_same_person()
    {
        var employeeId = "S-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var first = await RegisterAsync(OpsVisitsClient.NewId("V"), employeeId, "Carla", "Cruz", "1975-05-05");
        var second = await RegisterAsync(OpsVisitsClient.NewId("V"), employeeId, "Carla", "Cruz-Ortiz", "1975-05-05");
        var client = await portal.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        var page = await client.GetStringAsync($"/Results/Employee/{first.VisitId}");

        first.Employee.GetProperty("matchedExisting").GetBoolean().ShouldBeFalse();
        second.Employee.GetProperty("matchedExisting").GetBoolean().ShouldBeTrue();
        second.Employee.GetProperty("note").ValueKind.ShouldBe(JsonValueKind.Null);
        VisitCount(page).ShouldBe(2);
    }

    private async Task<Registration> RegisterAsync(string externalVisitId, string employeeId, string firstName, string lastName, string dateOfBirth)
    {
        var response = await _ops.RegisterAsync(OpsVisitsClient.VisitBody(
            externalVisitId, firstName: firstName, lastName: lastName, employeeId: employeeId, dateOfBirth: dateOfBirth));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new Registration(response.StatusCode, externalVisitId, body.GetProperty("visitId").GetGuid(), body.GetProperty("employee"));
    }

    private static async Task<string> DownloadAllTextAsync(HttpClient client, Guid visitId)
    {
        var all = await PortalFactory.PostFormAsync(client, $"/Results/Employee/{visitId}?handler=DownloadAll", new Dictionary<string, string>(), $"/Results/Employee/{visitId}");
        all.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var merged = PdfDocument.Open(await all.Content.ReadAsByteArrayAsync());
        return string.Join('\n', merged.GetPages().Select(page => page.Text));
    }

    private static int VisitCount(string html) => Regex.Matches(html, "data-testid=\"employee-visit\"").Count;

    private sealed record Registration(HttpStatusCode Status, string ExternalVisitId, Guid VisitId, JsonElement Employee);
}
