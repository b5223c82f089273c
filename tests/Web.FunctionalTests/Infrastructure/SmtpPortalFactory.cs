using System.Net;
using EmployerPortal.Infrastructure.Email;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using netDumbster.smtp;

namespace EmployerPortal.Web.FunctionalTests.Infrastructure;

/// <summary>The portal delivering email through a real SMTP server on loopback (netDumbster).</summary>
public sealed class SmtpPortalFactory : PortalFactory, IAsyncLifetime
{
    public SmtpPortalFactory() =>
        Smtp = netDumbster.smtp.Configuration.Configure().WithAddress(IPAddress.Loopback).WithRandomPort().Build();

    public SimpleSmtpServer Smtp { get; }

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Email:Delivery"] = "Smtp",
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = Smtp.Configuration.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Smtp:UseTls"] = "false",
        ["Email:From"] = "Employer Portal <no-reply@portal.example>",
    };

    /// <summary>Runs one outbox sweep now instead of waiting for the dispatcher.</summary>
    public async Task<int> DispatchEmailAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IOutboxProcessor>().ProcessPendingAsync(CancellationToken.None);
    }

    /// <summary>
    /// Sweeps the outbox and returns the messages the SMTP server has received for the address, waiting briefly
    /// for <paramref name="expected"/> of them (the background dispatcher may be sending one at that moment).
    /// </summary>
    public async Task<IReadOnlyList<MimeMessage>> ReceivedForAsync(string address, int expected = 1, string? subject = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            await DispatchEmailAsync();
            var received = Smtp.ReceivedEmail
                .Select(e => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(e.Data))))
                .Where(m => m.To.Mailboxes.Any(t => string.Equals(t.Address, address, StringComparison.OrdinalIgnoreCase)))
                .Where(m => subject is null || m.Subject == subject)
                .OrderBy(m => m.Date).ThenBy(m => m.MessageId, StringComparer.Ordinal)
                .ToList();
            if (received.Count >= expected || DateTime.UtcNow > deadline)
            {
                return received;
            }

            await Task.Delay(100);
        }
    }

    /// <summary>The path and query of the first portal link in the message's plain-text body.</summary>
    public static string LinkIn(MimeMessage message, string path)
    {
        var match = System.Text.RegularExpressions.Regex.Match(message.TextBody ?? string.Empty, "http://localhost(" + System.Text.RegularExpressions.Regex.Escape(path) + @"\?token=[A-Za-z0-9_\-]+)");
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException($"No {path} link in: {message.TextBody}");
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Smtp.Stop();
        Smtp.Dispose();
    }
}
