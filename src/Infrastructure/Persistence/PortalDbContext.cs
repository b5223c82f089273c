using EmployerPortal.Application.Common.Security;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Infrastructure.Audit;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Results;
using EmployerPortal.Domain.Users;
using EmployerPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Infrastructure.Persistence;

/// <summary>
/// The portal's database: aggregates, Identity credentials and data-protection keys.
/// Each provider has a subclass that owns its migrations. Every company-owned entity carries a query filter fed
/// from the <see cref="ITenantContext"/> (see <see cref="TenantQueryFilters"/>).
/// </summary>
public abstract class PortalDbContext(DbContextOptions options, ITenantContext tenant)
    : IdentityDbContext<PortalIdentityUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>The company whose rows the query filters let through; no company matches <see cref="CompanyId"/>'s empty value.</summary>
    internal CompanyId TenantCompanyId => tenant.CompanyId ?? default;

    /// <summary>The same, for the tables that keep the company as a plain key (the audit trail).</summary>
    internal Guid TenantCompanyGuid => (tenant.CompanyId ?? default).Value;

    /// <summary>Whether the drug-and-alcohol filter lets those documents through (see <see cref="ITenantContext.SeesDrugAndAlcohol"/>).</summary>
    internal bool TenantSeesDrugAndAlcohol => tenant.SeesDrugAndAlcohol;

    /// <summary>Whether the location filter lets every location through (see <see cref="ITenantContext.LocationCodes"/>).</summary>
    internal bool TenantIsCompanyWide => tenant.LocationCodes is null;

    /// <summary>The locations the location filter lets through when the tenant is location-scoped.</summary>
    internal List<string> TenantLocationCodes => [.. tenant.LocationCodes ?? []];

    /// <summary>The tenant of this context's scope, for repositories that honour a message's cross-company opt-out.</summary>
    internal ITenantContext Tenant => tenant;

    /// <summary>
    /// False for a context made outside any request (tools, design time, tests' set-up): it gets a model of its own,
    /// without the tenant filters (see <see cref="TenantModelCacheKeyFactory"/>).
    /// </summary>
    internal bool AppliesTenantFilters => tenant is not UnscopedTenant;

    /// <summary>
    /// What every context of the portal needs on its options. The application's options are built once (a singleton) with
    /// this applied, so <see cref="OnConfiguring"/> leaves them as they are and no request pays for building options;
    /// options made elsewhere (tools, tests, design time) get it from <see cref="OnConfiguring"/>.
    /// </summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.ReplaceService<Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory, TenantModelCacheKeyFactory>();

    protected static bool IsConfiguredForThePortal(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.Options.FindExtension<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>()?.ReplacedServices is { } replaced
        && replaced.ContainsKey((typeof(Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory), null));

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        if (!IsConfiguredForThePortal(optionsBuilder))
        {
            Configure(optionsBuilder);
        }
    }

    /// <summary>
    /// Keeps this context's connection open until the context is disposed (one open per request instead of one per
    /// query), where opening costs something of its own; called by the first read of every signed-in request.
    /// </summary>
    internal virtual Task KeepConnectionOpenAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public DbSet<Company> Companies => Set<Company>();

    public DbSet<PortalUser> PortalUsers => Set<PortalUser>();

    public DbSet<Authorization> Authorizations => Set<Authorization>();

    public DbSet<VisitResult> VisitResults => Set<VisitResult>();

    public DbSet<Domain.Employees.RosterEmployee> RosterEmployees => Set<Domain.Employees.RosterEmployee>();

    public DbSet<Domain.Notices.ComplianceReminder> ComplianceReminders => Set<Domain.Notices.ComplianceReminder>();

    public DbSet<ServicePackage> ServicePackages => Set<ServicePackage>();

    public DbSet<Clinic> Clinics => Set<Clinic>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Email.OutboxMessage> OutboxMessages => Set<Email.OutboxMessage>();

    public DbSet<AccountToken> AccountTokens => Set<AccountToken>();

    public DbSet<UserSession> UserSessions => Set<UserSession>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
        if (AppliesTenantFilters)
        {
            TenantQueryFilters.Apply(builder, this);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<CompanyId>().HaveConversion<StronglyTypedIdConverters.CompanyIdConverter>();
        configurationBuilder.Properties<PortalUserId>().HaveConversion<StronglyTypedIdConverters.PortalUserIdConverter>();
        configurationBuilder.Properties<AuthorizationId>().HaveConversion<StronglyTypedIdConverters.AuthorizationIdConverter>();
        configurationBuilder.Properties<VisitResultId>().HaveConversion<StronglyTypedIdConverters.VisitResultIdConverter>();
        configurationBuilder.Properties<ResultDocumentId>().HaveConversion<StronglyTypedIdConverters.ResultDocumentIdConverter>();
        configurationBuilder.Properties<Domain.InjuryCases.InjuryCaseId>().HaveConversion<StronglyTypedIdConverters.InjuryCaseIdConverter>();
        configurationBuilder.Properties<Domain.InjuryCases.OshaEstablishmentId>().HaveConversion<StronglyTypedIdConverters.OshaEstablishmentIdConverter>();
        configurationBuilder.Properties<RosterEmployeeId>().HaveConversion<StronglyTypedIdConverters.RosterEmployeeIdConverter>();
        configurationBuilder.Properties<ServicePackageId>().HaveConversion<StronglyTypedIdConverters.ServicePackageIdConverter>();
    }
}

/// <summary>The SQLite database of the embedded default. Times are stored as UTC ticks so they sort and compare in SQL.</summary>
public sealed class SqlitePortalDbContext(DbContextOptions<SqlitePortalDbContext> options, ITenantContext tenant) : PortalDbContext(options, tenant)
{
    /// <summary>A context outside any request (tools, design time): it reads across companies.</summary>
    public SqlitePortalDbContext(DbContextOptions<SqlitePortalDbContext> options)
        : this(options, UnscopedTenant.Instance)
    {
    }

    /// <summary>The portal's options for SQLite (see <see cref="PortalDbContext.Configure"/>), the name-search function included.</summary>
    public static new DbContextOptionsBuilder Configure(DbContextOptionsBuilder optionsBuilder) =>
        PortalDbContext.Configure(optionsBuilder).AddInterceptors(NameSearchFunctions.Interceptor);

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        if (!IsConfiguredForThePortal(optionsBuilder))
        {
            Configure(optionsBuilder);
        }
    }

    /// <summary>
    /// Opening a SQLite connection registers the SQL functions (EF's and the name search's) on it again: a request's
    /// five or so reads share one open instead. SQLite holds no lock between statements, so an idle open connection
    /// blocks nobody.
    /// </summary>
    internal override Task KeepConnectionOpenAsync(CancellationToken cancellationToken) => Database.OpenConnectionAsync(cancellationToken);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        NameSearchFunctions.MapForSqlite(builder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
    }

    /// <summary>Writes wait their turn at the database's <see cref="SqliteWriteGate"/> instead of contending for SQLite's lock.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var gate = SqliteWriteGate.For(Database.GetConnectionString());
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var gate = SqliteWriteGate.For(Database.GetConnectionString());
        gate.Wait();
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        finally
        {
            gate.Release();
        }
    }
}

/// <summary>The SQL Server database of production.</summary>
public sealed class SqlServerPortalDbContext(DbContextOptions<SqlServerPortalDbContext> options, ITenantContext tenant) : PortalDbContext(options, tenant)
{
    /// <summary>A context outside any request (design time): it reads across companies.</summary>
    public SqlServerPortalDbContext(DbContextOptions<SqlServerPortalDbContext> options)
        : this(options, UnscopedTenant.Instance)
    {
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        NameSearchFunctions.MapForSqlServer(builder);
    }
}

/// <summary>
/// The PostgreSQL database, a production engine beside SQL Server. Times are <c>timestamp with time zone</c>, which
/// holds UTC only, so every <see cref="DateTimeOffset"/> is written as its UTC instant (the same instant, offset 0).
/// </summary>
public sealed class PostgresPortalDbContext(DbContextOptions<PostgresPortalDbContext> options, ITenantContext tenant) : PortalDbContext(options, tenant)
{
    /// <summary>A context outside any request (tools, design time, tests' set-up): it reads across companies.</summary>
    public PostgresPortalDbContext(DbContextOptions<PostgresPortalDbContext> options)
        : this(options, UnscopedTenant.Instance)
    {
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        NameSearchFunctions.MapForPostgres(builder);

        // The name keys are searched as ranges up to EmployeeNameKey.RangeEnd ('~'): byte order (collation "C") keeps
        // that range what it is on the other providers whatever the database's locale, and lets it use the index.
        var document = builder.Entity<ResultDocument>();
        document.Property<string>(Results.ResultSearchColumns.EmployeeLastFirstKey).UseCollation(NameSearchFunctions.PostgresByteOrder);
        document.Property<string>(Results.ResultSearchColumns.EmployeeFirstLastKey).UseCollation(NameSearchFunctions.PostgresByteOrder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcInstantConverter>();
    }
}
