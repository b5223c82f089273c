using EmployerPortal.Application.Common.Email;
using Microsoft.Extensions.Options;
using MimeKit;

namespace EmployerPortal.Infrastructure.Email;

/// <summary>Builds the MIME form of a message: From <c>Email:From</c>, HTML with a plain-text alternative, attachments, the outbox's Message-ID.</summary>
internal sealed class MimeMessageFactory(IOptions<EmailOptions> options, TimeProvider clock)
{
    public MimeMessage Create(EmailMessage message, string messageId)
    {
        var mime = new MimeMessage
        {
            MessageId = messageId,
            Subject = message.Subject,
            Date = clock.GetUtcNow(),
        };
        mime.From.Add(MailboxAddress.Parse(options.Value.From));
        foreach (var to in message.To)
        {
            mime.To.Add(MailboxAddress.Parse(to));
        }

        var body = new BodyBuilder { HtmlBody = message.HtmlBody, TextBody = message.TextBody };
        foreach (var attachment in message.Attachments ?? [])
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }

        mime.Body = body.ToMessageBody();
        return mime;
    }
}
