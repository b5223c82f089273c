using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Users;
using EmployerPortal.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EmployerPortal.Infrastructure.Identity;

public static class AccountsDependencyInjection
{
    /// <summary>
    /// Account links, the password policy (not the email, not a common or breached password, not built from the person's name, email or company), the audit trail reader, and sessions checked on every
    /// request (a disabled user's or a reset password's old sessions end at their next request).
    /// </summary>
    public static IServiceCollection AddUserAccounts(this IServiceCollection services)
    {
        services.AddScoped<IAccountTokens, AccountTokens>();
        services.AddScoped<IPasswordValidator<PortalIdentityUser>, NotTheEmailPasswordValidator>();
        services.AddScoped<IPasswordValidator<PortalIdentityUser>, CommonPasswordValidator>();
        services.AddScoped<IPasswordValidator<PortalIdentityUser>, NotPersonalPasswordValidator>();
        services.AddScoped<IAuditTrailReader, AuditTrailReader>();
        services.AddScoped<ITwoFactorAuthenticator, TwoFactorAuthenticator>();
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
        return services;
    }
}
