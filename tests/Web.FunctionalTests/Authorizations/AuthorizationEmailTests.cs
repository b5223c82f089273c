using System.Net;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using UglyToad.PdfPig;
using static EmployerPortal.Web.FunctionalTests.Authorizations.AuthorizationTestData;

namespace EmployerPortal.Web.FunctionalTests.Authorizations;

public sealed class AuthorizationEmailTests(SmtpPortalFactory factory) : IClassFixture<SmtpPortalFactory>
{
    private static string TextOf(MimeMessage message) => $"{message.Subject}\n{message.TextBody}\n{message.HtmlBody}";

    [Fact]
    public async Task The_employee_receives_the_authorization_with_its_pdf_attached_and_no_other_employees_data()
    {
        await CreateAsync(factory, AcmeAdmin, "Other", "Coworker", employeeEmail: "coworker@employee.example");
        var created = await CreateAsync(factory, AcmeViewer, "Renée", "Dubois", employeeEmail: "renee@employee.example");
        var client = await factory.SignedInClientAsync(AcmeViewer);

        var form = await client.GetStringAsync($"/Authorizations/Email/{created.Id}");
        var response = await PortalFactory.PostFormAsync(client, $"/Authorizations/Email/{created.Id}", new Dictionary<string, string> { ["Input.To"] = "renee@employee.example" });

        form.ShouldContain("value=\"renee@employee.example\"");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var message = (await factory.ReceivedForAsync("renee@employee.example")).ShouldHaveSingleItem();
        var text = TextOf(message);
        text.ShouldContain(created.Number);
        text.ShouldContain("Renée");
        text.ShouldContain("What to bring");
        text.ShouldContain("Where to go");
        foreach (var otherEmployee in new[] { "Coworker", "Muñoz", "Whitfield", "Kowalski" })
        {
            text.ShouldNotContain(otherEmployee);
        }

        var attachment = message.Attachments.OfType<MimePart>().ShouldHaveSingleItem();
        attachment.ContentType.MimeType.ShouldBe("application/pdf");
        attachment.FileName.ShouldBe($"Authorization {created.Number}.pdf");
        using var pdfBytes = new MemoryStream();
        await attachment.Content.ShouldNotBeNull().DecodeToAsync(pdfBytes);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(pdfBytes.ToArray());
        var pdfText = string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text));
        pdfText.ShouldContain("Renée Dubois");
        pdfText.ShouldContain(created.Number);
        pdfText.ShouldNotContain("Coworker");

        var stored = await factory.WithDbAsync(db => db.Authorizations.SingleAsync(a => a.Number == AuthorizationNumber.Parse(created.Number)));
        stored.Emails.ShouldHaveSingleItem().To.ShouldBe("renee@employee.example");
        (await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "authorization.emailed" && e.TargetId == created.Id.ToString()))).ShouldBeTrue();
        (await client.GetStringAsync($"/Authorizations/Details/{created.Id}")).ShouldContain("renee@employee.example");
    }

    [Fact]
    public async Task An_address_typed_at_send_time_is_used_when_the_employee_has_none_on_file()
    {
        var created = await CreateAsync(factory, AcmeAdmin, "Noemail", "Person");
        var client = await factory.SignedInClientAsync(AcmeAdmin);

        var blank = await PortalFactory.PostFormAsync(client, $"/Authorizations/Email/{created.Id}", new Dictionary<string, string> { ["Input.To"] = "" });
        var typed = await PortalFactory.PostFormAsync(client, $"/Authorizations/Email/{created.Id}", new Dictionary<string, string> { ["Input.To"] = "personal@home.example" });

        blank.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await blank.Content.ReadAsStringAsync()).ShouldContain("This employee has no email address on file");
        typed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.ReceivedForAsync("personal@home.example")).ShouldHaveSingleItem().Attachments.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_voided_authorization_is_not_emailed()
    {
        var created = await CreateAsync(factory, AcmeAdmin, "Void", "Mail", employeeEmail: "void.mail@employee.example");
        var admin = await ActorAsync(factory, AcmeAdmin);
        await factory.SendAsync(s => s.Send(new Application.Authorizations.Commands.VoidAuthorization.VoidAuthorizationCommand(created.Id, "No longer needed")), admin);
        var client = await factory.SignedInClientAsync(AcmeAdmin);

        var response = await PortalFactory.PostFormAsync(client, $"/Authorizations/Email/{created.Id}", new Dictionary<string, string> { ["Input.To"] = "void.mail@employee.example" });

        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("This authorization is voided; only an active authorization can be emailed.");
        (await factory.ReceivedForAsync("void.mail@employee.example")).ShouldBeEmpty();
    }
}
