using MimeKit;
using Microsoft.Extensions.Options;

namespace EmployerPortal.Infrastructure.Email;

public enum EmailDelivery
{
    /// <summary>One .eml file per message in the pickup folder (the embedded default).</summary>
    Pickup,

    /// <summary>An SMTP server through MailKit.</summary>
    Smtp,
}

/// <summary>The <c>Email</c> section (DESIGN §7).</summary>
public sealed class EmailOptions
{
    public const string SectionName = "Email";

    public EmailDelivery Delivery { get; set; } = EmailDelivery.Pickup;

    /// <summary>The sender, e.g. <c>Employer Portal &lt;no-reply@portal.example&gt;</c>.</summary>
    public string From { get; set; } = "Employer Portal <no-reply@portal.example>";

    /// <summary>Where Pickup writes its .eml files; relative paths are under the data folder. Default <c>&lt;data&gt;/mail</c>.</summary>
    public string? PickupDirectory { get; set; }

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>After this many failed attempts a message is marked failed (and stays in the outbox, visible).</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Wait after the first failure; doubled after each further one.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a sweep holds a claimed message before another sweep may take it over.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Messages claimed per sweep.</summary>
    public int BatchSize { get; set; } = 20;
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>Require TLS: implicit TLS on port 465, STARTTLS otherwise.</summary>
    public bool UseTls { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }
}

internal sealed class EmailOptionsValidator : IValidateOptions<EmailOptions>
{
    public ValidateOptionsResult Validate(string? name, EmailOptions options)
    {
        var failures = new List<string>();
        if (!MailboxAddress.TryParse(options.From, out _))
        {
            failures.Add("Email:From must be a valid address, e.g. 'Employer Portal <no-reply@portal.example>'.");
        }

        if (options.Delivery == EmailDelivery.Smtp)
        {
            if (string.IsNullOrWhiteSpace(options.Smtp.Host))
            {
                failures.Add("Email:Smtp:Host is required when Email:Delivery is Smtp.");
            }

            if (options.Smtp.Port is < 1 or > 65535)
            {
                failures.Add("Email:Smtp:Port must be between 1 and 65535.");
            }

            if (!string.IsNullOrEmpty(options.Smtp.UserName) && options.Smtp.Password is null)
            {
                failures.Add("Email:Smtp:Password is required when Email:Smtp:UserName is set.");
            }
        }

        if (options.MaxAttempts < 1)
        {
            failures.Add("Email:MaxAttempts must be at least 1.");
        }

        if (options.RetryBaseDelay <= TimeSpan.Zero || options.LeaseDuration <= TimeSpan.Zero || options.BatchSize < 1)
        {
            failures.Add("Email:RetryBaseDelay, LeaseDuration and BatchSize must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
