namespace EmployerPortal.Application.Common.Email;

/// <summary>An outgoing email. Bodies never carry medical information (DESIGN §8).</summary>
public sealed record EmailMessage(
    IReadOnlyList<string> To,
    string Subject,
    string HtmlBody,
    string TextBody,
    IReadOnlyList<EmailAttachment>? Attachments = null);

public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);

/// <summary>
/// Queues an email in the same transaction as the change that causes it; a sweep delivers it later,
/// with retries, exactly once (DESIGN §5).
/// </summary>
public interface IEmailOutbox
{
    void Enqueue(EmailMessage message);
}

/// <summary>Hands one message to the delivery mechanism (pickup folder or SMTP).</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, string messageId, CancellationToken cancellationToken);
}
