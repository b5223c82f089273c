using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Time;
using EmployerPortal.Infrastructure.Audit;
using EmployerPortal.Infrastructure.Authorizations;
using EmployerPortal.Infrastructure.Employees;
using EmployerPortal.Infrastructure.Email;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Infrastructure.Identity;
using EmployerPortal.Infrastructure.Jobs;
using EmployerPortal.Infrastructure.Options;
using EmployerPortal.Infrastructure.Persistence;
using EmployerPortal.Infrastructure.Results;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EmployerPortal.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, string contentRootPath)
    {
        services.AddOptions<PortalOptions>().Bind(configuration.GetSection(PortalOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.SectionName)).ValidateOnStart();

        var portal = configuration.GetSection(PortalOptions.SectionName).Get<PortalOptions>() ?? new PortalOptions();
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var paths = new PortalPaths(contentRootPath, portal.DataDirectory);
        services.AddSingleton(paths);
        services.AddSingleton(TimeProvider.System);

        services.AddPersistence(configuration, database.Provider, paths);
        services.AddPortalIdentity();
        services.AddAuthorizations(configuration);
        services.AddEmail(configuration, paths);
        services.AddUserAccounts();
        services.AddResultsInfrastructure();
        services.AddEmployeesInfrastructure();
        services.AddJobs(configuration);

        var dataProtection = services.AddDataProtection().SetApplicationName("EmployerPortal");
        if (database.Provider.IsSharedServer())
        {
            dataProtection.PersistKeysToDbContext<PortalDbContext>();
        }
        else
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(paths.Combine("keys")));
        }

        var keyProtection = configuration.GetSection(KeyProtectionOptions.SectionName).Get<KeyProtectionOptions>() ?? new KeyProtectionOptions();
        if (!string.IsNullOrWhiteSpace(keyProtection.CertificatePath))
        {
            dataProtection.ProtectKeysWithCertificate(LoadKeyCertificate(keyProtection, contentRootPath));
        }
        else if (database.Provider.IsSharedServer())
        {
            throw new InvalidOperationException(
                $"DataProtection:CertificatePath is required when Database:Provider is {database.Provider}: the data-protection keys in the database are encrypted with that certificate (see docs/deployment.md).");
        }

        return services;
    }

    /// <summary>The PFX that encrypts the data-protection keys; it must hold a private key to read them back.</summary>
    private static X509Certificate2 LoadKeyCertificate(KeyProtectionOptions options, string contentRootPath)
    {
        var path = Path.Combine(contentRootPath, options.CertificatePath!);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"DataProtection:CertificatePath points to {path}, which does not exist.");
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, options.CertificatePassword, X509KeyStorageFlags.EphemeralKeySet);
        return certificate.HasPrivateKey
            ? certificate
            : throw new InvalidOperationException($"The certificate at DataProtection:CertificatePath ({path}) has no private key: the keys could be written but never read back.");
    }

    private static void AddPersistence(this IServiceCollection services, IConfiguration configuration, DatabaseProvider provider, PortalPaths paths)
    {
        var connectionString = configuration.GetConnectionString("Portal");
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                connectionString = string.IsNullOrWhiteSpace(connectionString) ? $"Data Source={paths.Combine("portal.db")}" : connectionString;
                services.AddDbContext<PortalDbContext, SqlitePortalDbContext>(o => SqlitePortalDbContext.Configure(o.UseSqlite(connectionString)), optionsLifetime: ServiceLifetime.Singleton);
                break;
            case DatabaseProvider.SqlServer:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException("ConnectionStrings:Portal is required when Database:Provider is SqlServer.");
                }

                services.AddDbContext<PortalDbContext, SqlServerPortalDbContext>(o => PortalDbContext.Configure(o.UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure())), optionsLifetime: ServiceLifetime.Singleton);
                break;
            case DatabaseProvider.Postgres:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException("ConnectionStrings:Portal is required when Database:Provider is Postgres.");
                }

                services.AddDbContext<PortalDbContext, PostgresPortalDbContext>(o => PortalDbContext.Configure(o.UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure())), optionsLifetime: ServiceLifetime.Singleton);
                break;
            default:
                throw new InvalidOperationException($"Unknown Database:Provider '{provider}'.");
        }

        services.AddScoped(typeof(IRepository<>), typeof(Repository<>));
        services.AddScoped(typeof(IReadRepository<>), typeof(Repository<>));
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<DatabaseMigrator>();
        services.AddScoped<IAuditTrail, AuditTrail>();
        services.AddScoped<ICompanyClock, CompanyClock>();
    }

    private static void AddPortalIdentity(this IServiceCollection services)
    {
        services.AddIdentityCore<PortalIdentityUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.SignIn.RequireConfirmedAccount = false;
                options.Tokens.AuthenticatorTokenProvider = SingleUseAuthenticatorTokenProvider.Name;
            })
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddSignInManager<PortalSignInManager>()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<SingleUseAuthenticatorTokenProvider>(SingleUseAuthenticatorTokenProvider.Name);
        services.AddScoped<IIdentityService, IdentityService>();
    }
}
