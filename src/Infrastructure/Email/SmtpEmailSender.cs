using EmployerPortal.Application.Common.Email;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace EmployerPortal.Infrastructure.Email;

/// <summary>Sends through an SMTP server with MailKit (<c>Email:Smtp:*</c>).</summary>
internal sealed class SmtpEmailSender(MimeMessageFactory mime, IOptions<EmailOptions> options) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, string messageId, CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        var security = smtp.UseTls
            ? smtp.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls
            : SecureSocketOptions.None;

        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host!, smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(mime.Create(message, messageId), cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
