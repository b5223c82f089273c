using System.Globalization;
using System.Net;
using System.Net.Sockets;
using EmployerPortal.Web.FunctionalTests.Jobs;
using Microsoft.AspNetCore.Hosting;
using MimeKit;
using netDumbster.smtp;

namespace EmployerPortal.Web.FunctionalTests.Letters;

/// <summary>
/// The portal sending through SMTP to a port on loopback where a netDumbster server can be started and stopped,
/// so a test can take the mail server down and bring it back. Optionally on the data folder of an earlier
/// instance, to play a restart.
/// </summary>
public sealed class LetterSmtpPortalFactory : JobsPortalFactory, IAsyncLifetime
{
    private readonly string? _dataDirectory;
    private readonly Action<IWebHostBuilder>? _configure;

    public LetterSmtpPortalFactory()
        : this(FreePort(), null, null)
    {
    }

    public LetterSmtpPortalFactory(int smtpPort, string? dataDirectory, Action<IWebHostBuilder>? configure)
    {
        SmtpPort = smtpPort;
        _dataDirectory = dataDirectory;
        _configure = configure;
    }

    public int SmtpPort { get; }

    public SimpleSmtpServer? Smtp { get; private set; }

    protected override IDictionary<string, string?> ExtraSettings
    {
        get
        {
            var settings = new Dictionary<string, string?>
            {
                ["Email:Delivery"] = "Smtp",
                ["Email:Smtp:Host"] = "127.0.0.1",
                ["Email:Smtp:Port"] = SmtpPort.ToString(CultureInfo.InvariantCulture),
                ["Email:Smtp:UseTls"] = "false",
            };
            if (_dataDirectory is not null)
            {
                settings["Portal:DataDirectory"] = _dataDirectory;
            }

            return settings;
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void StartSmtp() =>
        Smtp ??= netDumbster.smtp.Configuration.Configure().WithAddress(IPAddress.Loopback).WithPort(SmtpPort).Build();

    public void StopSmtp()
    {
        Smtp?.Stop();
        Smtp?.Dispose();
        Smtp = null;
    }

    public IReadOnlyList<MimeMessage> ReceivedFor(string address) =>
        (Smtp?.ReceivedEmail ?? [])
            .Select(e => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(e.Data))))
            .Where(m => m.To.Mailboxes.Any(t => string.Equals(t.Address, address, StringComparison.OrdinalIgnoreCase)))
            .ToList();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        _configure?.Invoke(builder);
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        StopSmtp();
    }
}
