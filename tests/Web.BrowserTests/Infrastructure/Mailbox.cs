using System.Text.RegularExpressions;
using EmployerPortal.Infrastructure.Email;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace EmployerPortal.Web.BrowserTests.Infrastructure;

/// <summary>Reads what the portal delivered to its pickup folder (the default <c>Email:Delivery</c>).</summary>
public static partial class Mailbox
{
    /// <summary>Sweeps the outbox, then returns the newest .eml for the address with that subject.</summary>
    public static async Task<MimeMessage> LatestAsync(PortalFactory portal, string address, string subject)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            await using (var scope = portal.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<IOutboxProcessor>().ProcessPendingAsync(CancellationToken.None);
            }

            var folder = portal.Services.GetRequiredService<EmailPickupDirectory>().Path;
            var messages = Directory.Exists(folder)
                ? Directory.GetFiles(folder, "*.eml").Select(f => MimeMessage.Load(f))
                    .Where(m => m.Subject == subject && m.To.Mailboxes.Any(t => t.Address == address))
                    .OrderBy(m => m.MessageId, StringComparer.Ordinal)
                    .ToList()
                : [];
            if (messages.Count > 0)
            {
                return messages[^1];
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"No '{subject}' email for {address} in {folder}.");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>The portal link in the plain-text body, made relative so the browser opens it on the test server.</summary>
    public static string LinkIn(MimeMessage message) =>
        PortalLink().Match(message.TextBody ?? string.Empty) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException($"No link in: {message.TextBody}");

    [GeneratedRegex(@"http://localhost(/Account/[A-Za-z]+\?token=[A-Za-z0-9_\-]+)")]
    private static partial Regex PortalLink();
}
