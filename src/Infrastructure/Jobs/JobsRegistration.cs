using EmployerPortal.Application.Common.Events;
using EmployerPortal.Application.Common.Printing;
using EmployerPortal.Application.Housekeeping;
using EmployerPortal.Application.Letters;
using EmployerPortal.Application.Notices;
using EmployerPortal.Domain.Results;
using EmployerPortal.Infrastructure.Housekeeping;
using EmployerPortal.Infrastructure.Options;
using EmployerPortal.Infrastructure.Pdf;
using EmployerPortal.Infrastructure.Telemetry;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.SqlServer;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EmployerPortal.Infrastructure.Jobs;

public static class JobsRegistration
{
    /// <summary>
    /// Hangfire with storage following <c>Database:Provider</c> (in-memory for SQLite, SQL Server for SQL Server, PostgreSQL for PostgreSQL),
    /// the in-process server unless <c>Jobs:Role</c> is <c>Web</c>, and the recurring sweeps.
    /// The storage and the job activator are DI singletons, never Hangfire's static <c>JobStorage.Current</c> and
    /// <c>JobActivator.Current</c>, so jobs always run in this host's container, even with several hosts in one process (tests).
    /// </summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JobsOptions>().Bind(configuration.GetSection(JobsOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate<IOptions<DatabaseOptions>>(
                (jobs, database) => jobs.Role == JobsRole.All || database.Value.Provider.IsSharedServer(),
                "Jobs:Role Web or Worker needs job storage shared between nodes: use Database:Provider SqlServer or Postgres.")
            .ValidateOnStart();

        var jobs = configuration.GetSection(JobsOptions.SectionName).Get<JobsOptions>() ?? new JobsOptions();
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString("Portal");

        services.AddSingleton<JobStorage>(sp =>
        {
            _ = sp.GetRequiredService<IGlobalConfiguration>();
            return database.Provider switch
            {
                DatabaseProvider.SqlServer => new SqlServerStorage(() => new SqlConnection(connectionString), new SqlServerStorageOptions { PrepareSchemaIfNecessary = database.MigrateOnStartup }),
                DatabaseProvider.Postgres => PostgresStorage(connectionString!, database.MigrateOnStartup),
                _ => new InMemoryStorage(new InMemoryStorageOptions()),
            };
        });
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((sp, config) => config
            .UseLogProvider(new HangfireLogProvider(sp.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());

        if (jobs.RunsServer)
        {
            services.AddHangfireServer((sp, server) =>
            {
                server.WorkerCount = sp.GetRequiredService<IOptions<JobsOptions>>().Value.WorkerCount;
                server.Activator = sp.GetRequiredService<JobActivator>();
                server.FilterProvider = JobTelemetryFilter.Providers();
                server.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
            });
            services.AddHostedService<RecurringJobsRegistration>();
        }

        services.AddSingleton<SystemJobRunner>();
        services.AddTransient<EmailOutboxJob>();
        services.AddTransient<NoShowLetterJob>();
        services.AddTransient<RecheckReminderJob>();
        services.AddTransient<NoticeJob>();
        services.AddTransient<ComplianceReminderJob>();
        services.AddTransient<ReportSubscriptionJob>();
        services.AddTransient<HousekeepingJob>();
        services.AddSingleton<ITemporaryFiles, TemporaryFiles>();
        services.AddScoped<IFinishedRecords, FinishedRecords>();
        services.AddScoped<ICommittedEventHandler<VisitMarkedNoShow>, RunNoShowSweepWhenVisitMarkedNoShow>();
        services.AddScoped<ICommittedEventHandler<RecheckScheduled>, RunRecheckSweepWhenRecheckScheduled>();

        services.AddOptions<LetterOptions>().Bind(configuration.GetSection(LetterOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<NoticeOptions>().Bind(configuration.GetSection(NoticeOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IPdfRenderer, PdfRenderer>();
        return services;
    }

    private static PostgreSqlStorage PostgresStorage(string connectionString, bool prepareSchema)
    {
        var options = new PostgreSqlStorageOptions { PrepareSchemaIfNecessary = prepareSchema };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }
}
