using EmployerPortal.Application.Authorizations;
using EmployerPortal.Application.Authorizations.Documents;
using EmployerPortal.Application.Common.Email;
using EmployerPortal.Infrastructure.Pdf;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EmployerPortal.Infrastructure.Authorizations;

public static class AuthorizationsModule
{
    /// <summary>The Authorizations module's adapters: number source, PDF renderer and the provider details they print, and the brand every email names.</summary>
    public static IServiceCollection AddAuthorizations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuthorizationsOptions>()
            .Bind(configuration.GetSection(AuthorizationsOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp => new PortalBrand(sp.GetRequiredService<IOptions<AuthorizationsOptions>>().Value.ProviderName));
        services.AddSingleton<IAuthorizationNumberGenerator, RandomAuthorizationNumberGenerator>();
        services.AddSingleton<IAuthorizationPdfRenderer, AuthorizationPdfRenderer>();
        return services;
    }
}
