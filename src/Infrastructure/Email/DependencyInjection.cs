using EmployerPortal.Application.Common.Email;
using EmployerPortal.Application.Common.Links;
using EmployerPortal.Infrastructure.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EmployerPortal.Infrastructure.Email;

public static class EmailDependencyInjection
{
    /// <summary>The outbox, its sweep (a recurring Hangfire job, see Jobs/EmailOutboxJob), the sender chosen by <c>Email:Delivery</c> and the link builder.</summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration, PortalPaths paths)
    {
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<EmailOptions>, EmailOptionsValidator>();

        var email = configuration.GetSection(EmailOptions.SectionName).Get<EmailOptions>() ?? new EmailOptions();
        var pickup = string.IsNullOrWhiteSpace(email.PickupDirectory) ? paths.Combine("mail") : Path.GetFullPath(email.PickupDirectory, paths.DataDirectory);
        services.AddSingleton(new EmailPickupDirectory(pickup));

        services.AddSingleton<MimeMessageFactory>();
        switch (email.Delivery)
        {
            case EmailDelivery.Smtp:
                services.AddSingleton<IEmailSender, SmtpEmailSender>();
                break;
            default:
                services.AddSingleton<IEmailSender, PickupEmailSender>();
                break;
        }

        services.AddScoped<IEmailOutbox, EmailOutbox>();
        services.AddScoped<IOutboxProcessor, OutboxProcessor>();
        services.AddSingleton<IPortalLinks, PortalLinks>();
        return services;
    }
}
