using EmployerPortal.Application.Common.Email;

namespace EmployerPortal.Infrastructure.Email;

/// <summary>
/// Writes each message as one <c>.eml</c> file in the pickup folder, named after its Message-ID. The file is written
/// beside its final name and then renamed, so a reader never sees half a message; a retry replaces the same file.
/// </summary>
internal sealed class PickupEmailSender(MimeMessageFactory mime, EmailPickupDirectory directory) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, string messageId, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory.Path);
        var fileName = string.Concat(messageId.Select(c => char.IsLetterOrDigit(c) || c is '-' or '.' ? c : '_')) + ".eml";
        var finalPath = Path.Combine(directory.Path, fileName);
        var temporaryPath = Path.Combine(directory.Path, $".{Guid.NewGuid():N}.tmp");
        try
        {
            await mime.Create(message, messageId).WriteToAsync(temporaryPath, cancellationToken);
            File.Move(temporaryPath, finalPath, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporaryPath))
            {
                File.Delete(temporaryPath);
            }
        }
    }
}

/// <summary>The absolute pickup folder: <c>Email:PickupDirectory</c>, relative to the data folder, default <c>&lt;data&gt;/mail</c>.</summary>
public sealed record EmailPickupDirectory(string Path);
