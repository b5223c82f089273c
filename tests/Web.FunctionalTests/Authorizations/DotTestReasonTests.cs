using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static EmployerPortal.Web.FunctionalTests.Authorizations.AuthorizationTestData;

namespace EmployerPortal.Web.FunctionalTests.Authorizations;

/// <summary>A DOT drug test is authorized with its reason: asked beside the field, stored, shown, printed and given to the front desk.</summary>
public sealed class DotTestReasonTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Dictionary<string, string> Form(string lastName, string service, string? dotReason) => new()
    {
        ["Input.FirstName"] = "Dee",
        ["Input.LastName"] = lastName,
        ["Input.DateOfBirth"] = "1984-02-03",
        ["Input.Reason"] = "NonInjury",
        ["Input.Services[0]"] = service,
        ["Input.DotTestReason"] = dotReason ?? "",
        ["Input.ValidUntil"] = factory.AcmeToday.AddDays(30).ToString("yyyy-MM-dd"),
        ["Input.LocationCode"] = "MAIN",
    };

    internal static string FieldMessage(string html, string field) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>([^<]*)<").Groups[1].Value);

    [Fact]
    public async Task A_DOT_drug_test_without_a_reason_and_a_reason_without_one_are_refused_beside_the_field()
    {
        var client = await factory.SignedInClientAsync(AcmeViewer);

        var missing = await PortalFactory.PostFormAsync(client, "/Authorizations/Create", Form("Noreason", "DRUG-DOT", null));
        var stray = await PortalFactory.PostFormAsync(client, "/Authorizations/Create", Form("Strayreason", "IMM-FLU", "Random"));

        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        FieldMessage(await missing.Content.ReadAsStringAsync(), "Input.DotTestReason").ShouldBe("Choose the reason for the DOT test.");
        stray.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        FieldMessage(await stray.Content.ReadAsStringAsync(), "Input.DotTestReason").ShouldBe("A DOT test reason is given only when a DOT drug test is authorized.");
        (await factory.WithDbAsync(db => db.Authorizations.CountAsync(a => a.Employee.LastName == "Noreason" || a.Employee.LastName == "Strayreason"))).ShouldBe(0);
    }

    [Fact]
    public async Task The_reason_is_stored_and_shown_on_the_details_page_the_pdf_and_the_ops_lookup()
    {
        var client = await factory.SignedInClientAsync(AcmeViewer);

        var created = await PortalFactory.PostFormAsync(client, "/Authorizations/Create", Form("Postaccident", "DRUG-DOT", "PostAccident"));

        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stored = await factory.WithDbAsync(db => db.Authorizations.AsNoTracking().SingleAsync(a => a.Employee.LastName == "Postaccident"));
        stored.DotTestReason.ShouldBe(DotTestReason.PostAccident);
        var details = WebUtility.HtmlDecode(await client.GetStringAsync(created.Headers.Location));
        details.ShouldMatch("data-testid=\"dot-test-reason\"[^>]*>Post-accident<");
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await client.GetByteArrayAsync($"/Authorizations/Pdf/{stored.Id.Value}"));
        string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text)).ShouldContain("DOT test reason: Post-accident");
        var ops = JsonDocument.Parse(await factory.OpsClient().GetStringAsync($"/api/ops/v1/authorizations/{stored.Number.Value}")).RootElement;
        ops.GetProperty("dotTestReason").GetString().ShouldBe("PostAccident");
    }
}
