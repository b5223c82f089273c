using System.Net;
using System.Text.RegularExpressions;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static EmployerPortal.Web.FunctionalTests.Authorizations.AuthorizationTestData;

namespace EmployerPortal.Web.FunctionalTests.Authorizations;

/// <summary>Voiding asks why, keeps and audits the reason, and tells an employee the authorization was emailed to.</summary>
public sealed class VoidAuthorizationTests(SmtpPortalFactory factory) : IClassFixture<SmtpPortalFactory>
{
    private static string VoidedSubject(string number) => $"Your authorization {number} from Acme Logistics is no longer valid";

    private static Task<HttpResponseMessage> VoidAsync(HttpClient client, Guid id, string reason) =>
        PortalFactory.PostFormAsync(client, $"/Authorizations/Void/{id}", new Dictionary<string, string> { ["Input.Reason"] = reason }, $"/Authorizations/Void/{id}");

    [Fact]
    public async Task A_void_without_a_reason_or_with_too_long_a_one_is_refused_beside_the_field_and_nothing_changes()
    {
        var created = await CreateAsync(factory, AcmeViewer, "Noreason", "Void");
        var client = await factory.SignedInClientAsync(AcmeAdmin);

        var blank = await VoidAsync(client, created.Id, "  ");
        var tooLong = await VoidAsync(client, created.Id, new string('x', Domain.Authorizations.Authorization.MaxVoidReasonLength + 1));

        blank.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        DotTestReasonTests.FieldMessage(await blank.Content.ReadAsStringAsync(), "Input.Reason").ShouldBe("Say why the authorization is voided.");
        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        DotTestReasonTests.FieldMessage(await tooLong.Content.ReadAsStringAsync(), "Input.Reason").ShouldBe("The reason can be at most 500 characters.");
        var stored = await factory.WithDbAsync(db => db.Authorizations.AsNoTracking().SingleAsync(a => a.Number == AuthorizationNumber.Parse(created.Number)));
        stored.Status.ShouldBe(AuthorizationStatus.Active);
    }

    [Fact]
    public async Task An_emailed_authorization_voided_with_a_reason_tells_the_employee_it_is_no_longer_valid_without_the_reason_or_medical_detail()
    {
        var created = await CreateAsync(factory, AcmeViewer, "Vera", "Voidnotice", employeeEmail: "vera.voidnotice@employee.example");
        var viewer = await factory.SignedInClientAsync(AcmeViewer);
        (await PortalFactory.PostFormAsync(viewer, $"/Authorizations/Email/{created.Id}", new Dictionary<string, string> { ["Input.To"] = "vera.voidnotice@employee.example" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var admin = await factory.SignedInClientAsync(AcmeAdmin);

        var response = await VoidAsync(admin, created.Id, "Hired elsewhere; no longer needed");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var notice = (await factory.ReceivedForAsync("vera.voidnotice@employee.example", subject: VoidedSubject(created.Number))).ShouldHaveSingleItem();
        var text = $"{notice.TextBody}\n{notice.HtmlBody}";
        text.ShouldContain("Hello Vera");
        text.ShouldContain(created.Number);
        text.ShouldContain("Acme Logistics");
        text.ShouldContain("no longer valid");
        text.ShouldNotContain("Hired elsewhere", customMessage: "the employer's reason stays in the portal");
        foreach (var service in new[] { "DOT physical", "drug screen", "5-panel" })
        {
            text.ShouldNotContain(service, Case.Insensitive, "no medical detail in the notice");
        }

        notice.Attachments.ShouldBeEmpty();
        // The employee has no portal account: the notice carries no link to follow, only the provider's phone number.
        Regex.Matches(text, @"https?://").ShouldBeEmpty();

        var details = WebUtility.HtmlDecode(await admin.GetStringAsync($"/Authorizations/Details/{created.Id}"));
        details.ShouldMatch("data-testid=\"void-reason\"[^>]*>Hired elsewhere; no longer needed<");
        var audited = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(e => e.Action == "authorization.voided" && e.TargetId == created.Id.ToString()));
        audited.Details.ShouldBe("Reason: Hired elsewhere; no longer needed");
        var history = WebUtility.HtmlDecode(await admin.GetStringAsync("/Audit"));
        history.ShouldContain("Reason: Hired elsewhere; no longer needed");
    }

    [Fact]
    public async Task An_authorization_never_emailed_is_voided_without_a_notice()
    {
        var created = await CreateAsync(factory, AcmeViewer, "Nomail", "Void", employeeEmail: "nomail.void@employee.example");
        var admin = await factory.SignedInClientAsync(AcmeAdmin);

        var response = await VoidAsync(admin, created.Id, "Duplicate");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.ReceivedForAsync("nomail.void@employee.example", expected: 0)).ShouldBeEmpty();
    }
}
