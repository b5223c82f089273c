using EmployerPortal.Application.Common.Email;
using EmployerPortal.Infrastructure.Persistence;
using Microsoft.Extensions.Options;
using MimeKit;

namespace EmployerPortal.Infrastructure.Email;

/// <summary>Adds the message to the current unit of work: it is committed (or not) with the change that caused it.</summary>
internal sealed class EmailOutbox(PortalDbContext db, TimeProvider clock, IOptions<EmailOptions> options) : IEmailOutbox
{
    public void Enqueue(EmailMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.To.Count == 0)
        {
            throw new ArgumentException("An email needs at least one recipient.", nameof(message));
        }

        var domain = MailboxAddress.Parse(options.Value.From).Domain;
        var messageId = $"{Guid.CreateVersion7():N}@{(string.IsNullOrEmpty(domain) ? "portal.local" : domain)}";
        db.OutboxMessages.Add(OutboxMessage.Create(message, messageId, clock.GetUtcNow()));
    }
}
