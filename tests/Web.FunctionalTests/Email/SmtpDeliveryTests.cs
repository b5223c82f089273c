using EmployerPortal.Application.Common.Email;
using EmployerPortal.Infrastructure.Persistence;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace EmployerPortal.Web.FunctionalTests.Email;

public sealed class SmtpDeliveryTests(SmtpPortalFactory factory) : IClassFixture<SmtpPortalFactory>
{
    [Fact]
    public async Task A_queued_email_reaches_the_smtp_server_as_html_with_a_text_alternative_and_its_message_id()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<IEmailOutbox>().Enqueue(new EmailMessage(
                ["smtp.check@acme.example"], "Delivery check", "<p>Hello <strong>there</strong></p>", "Hello there"));
            await scope.ServiceProvider.GetRequiredService<PortalDbContext>().SaveChangesAsync();
        }

        var received = (await factory.ReceivedForAsync("smtp.check@acme.example")).ShouldHaveSingleItem();

        received.Subject.ShouldBe("Delivery check");
        received.From.Mailboxes.ShouldHaveSingleItem().Address.ShouldBe("no-reply@portal.example");
        received.HtmlBody.ShouldNotBeNull().ShouldContain("<strong>there</strong>");
        received.TextBody.ShouldNotBeNull().ShouldContain("Hello there");
        var outboxMessageId = await factory.WithDbAsync(db => Task.FromResult(db.OutboxMessages.Single(m => m.To == "smtp.check@acme.example").MessageId));
        received.MessageId.ShouldBe(outboxMessageId);
        await factory.DispatchEmailAsync();
        (await factory.ReceivedForAsync("smtp.check@acme.example", expected: 2)).ShouldHaveSingleItem("a sent message is not sent again");
        (await factory.WithDbAsync(db => Task.FromResult(db.OutboxMessages.Single(m => m.To == "smtp.check@acme.example").SentAt))).ShouldNotBeNull();
    }
}
