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
/// Each provider has a subclass that owns its migrations.
/// </summary>
public abstract class PortalDbContext(DbContextOptions options)
    : IdentityDbContext<PortalIdentityUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Company> Companies => Set<Company>();

    public DbSet<PortalUser> PortalUsers => Set<PortalUser>();

    public DbSet<Authorization> Authorizations => Set<Authorization>();

    public DbSet<VisitResult> VisitResults => Set<VisitResult>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Email.OutboxMessage> OutboxMessages => Set<Email.OutboxMessage>();

    public DbSet<AccountToken> AccountTokens => Set<AccountToken>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<CompanyId>().HaveConversion<StronglyTypedIdConverters.CompanyIdConverter>();
        configurationBuilder.Properties<PortalUserId>().HaveConversion<StronglyTypedIdConverters.PortalUserIdConverter>();
        configurationBuilder.Properties<AuthorizationId>().HaveConversion<StronglyTypedIdConverters.AuthorizationIdConverter>();
        configurationBuilder.Properties<VisitResultId>().HaveConversion<StronglyTypedIdConverters.VisitResultIdConverter>();
        configurationBuilder.Properties<ResultDocumentId>().HaveConversion<StronglyTypedIdConverters.ResultDocumentIdConverter>();
    }
}

/// <summary>The SQLite database of the embedded default. Times are stored as UTC ticks so they sort and compare in SQL.</summary>
public sealed class SqlitePortalDbContext(DbContextOptions<SqlitePortalDbContext> options) : PortalDbContext(options)
{
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.AddInterceptors(NameSearchFunctions.Interceptor);

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
public sealed class SqlServerPortalDbContext(DbContextOptions<SqlServerPortalDbContext> options) : PortalDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        NameSearchFunctions.MapForSqlServer(builder);
    }
}
