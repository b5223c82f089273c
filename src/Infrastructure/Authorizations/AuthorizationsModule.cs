using EmployerPortal.Application.Authorizations;
using EmployerPortal.Application.Authorizations.Documents;
using EmployerPortal.Infrastructure.Pdf;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EmployerPortal.Infrastructure.Authorizations;

public static class AuthorizationsModule
{
    /// <summary>The Authorizations module's adapters: number source, PDF renderer and the provider details they print.</summary>
    public static IServiceCollection AddAuthorizations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuthorizationsOptions>()
            .Bind(configuration.GetSection(AuthorizationsOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IAuthorizationNumberGenerator, RandomAuthorizationNumberGenerator>();
        services.AddSingleton<IAuthorizationPdfRenderer, AuthorizationPdfRenderer>();
        return services;
    }
}
