using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Users;
using EmployerPortal.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EmployerPortal.Infrastructure.Identity;

public static class AccountsDependencyInjection
{
    /// <summary>
    /// Account links, the password policy (not the email, not a common or breached password, not built from the person's name, email or company), the audit trail reader, and the
    /// server-side sessions checked on every request (see <see cref="UserSessionValidator"/>).
    /// </summary>
    public static IServiceCollection AddUserAccounts(this IServiceCollection services)
    {
        services.AddScoped<IAccountTokens, AccountTokens>();
        services.AddScoped<IPasswordValidator<PortalIdentityUser>, NotTheEmailPasswordValidator>();
        services.AddScoped<IPasswordValidator<PortalIdentityUser>, CommonPasswordValidator>();
        services.AddScoped<IPasswordValidator<PortalIdentityUser>, NotPersonalPasswordValidator>();
        services.AddScoped<IAuditTrailReader, AuditTrailReader>();
        services.AddScoped<AuditTargetNames>();
        services.AddScoped<ITwoFactorAuthenticator, TwoFactorAuthenticator>();
        services.AddScoped<UserSessions>();
        services.AddScoped<IUserSessions>(sp => sp.GetRequiredService<UserSessions>());
        services.AddScoped<UserSessionValidator>();
        services.AddScoped<CurrentSession>();
        return services;
    }
}
