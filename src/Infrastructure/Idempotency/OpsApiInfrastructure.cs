using EmployerPortal.Infrastructure.Identity.ApiKeys;
using Microsoft.Extensions.DependencyInjection;

namespace EmployerPortal.Infrastructure.Idempotency;

public static class OpsApiInfrastructure
{
    /// <summary>What the ops API needs from infrastructure beyond authentication: key management and idempotency records.</summary>
    public static IServiceCollection AddOpsApiInfrastructure(this IServiceCollection services)
    {
        services.AddScoped<OpsApiKeyStore>();
        services.AddScoped<IIdempotencyStore, IdempotencyStore>();
        return services;
    }
}
