using EmployerPortal.Application.Common.Events;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EmployerPortal.Infrastructure.IntegrationTests.Persistence;

/// <summary>A real SQLite file with the real migrations applied, deleted afterwards.</summary>
public sealed class SqliteDatabase : IPortalTestDatabase
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"portal-it-{Guid.NewGuid():N}.db");

    public string ConnectionString => $"Data Source={_path}";

    public async Task InitializeAsync()
    {
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_path);
        return Task.CompletedTask;
    }

    private DbContextOptions<SqlitePortalDbContext> Options =>
        new DbContextOptionsBuilder<SqlitePortalDbContext>()
            .UseSqlite(ConnectionString)
            .AddInterceptors(new EmployerPortal.Infrastructure.Results.ResultSearchColumnsInterceptor())
            .Options;

    /// <summary>A context configured as the host configures it (the results search-column interceptor included), outside any tenant: it sees every company.</summary>
    public SqlitePortalDbContext CreateContext() => new(Options);

    /// <summary>A context whose query filters follow this tenant, as a request's does.</summary>
    public SqlitePortalDbContext CreateContext(ITenantContext tenant) => new(Options, tenant);

    PortalDbContext IPortalTestDatabase.CreatePortalContext() => CreateContext();

    PortalDbContext IPortalTestDatabase.CreatePortalContext(ITenantContext tenant) => CreateContext(tenant);

    /// <summary>
    /// A service provider with the context (scoped by the scope's <see cref="ActorContext"/> actor, anonymous until
    /// <c>RunAs</c>), repositories and unit of work, plus extra registrations.
    /// </summary>
    public ServiceProvider CreateServices(Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddScoped<ActorContext>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<ActorContext>().Override ?? new FixedActor(ActorKind.Anonymous));
        services.AddScoped<ITenantContext, TenantContext>();
        services.AddScoped<PortalDbContext>(sp => CreateContext(sp.GetRequiredService<ITenantContext>()));
        services.AddScoped(typeof(EmployerPortal.Application.Common.Persistence.IRepository<>), typeof(Repository<>));
        services.AddScoped<EmployerPortal.Application.Common.Persistence.IUnitOfWork, UnitOfWork>();
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }

    public static IDomainEventHandler<T> Handler<T>(Func<T, Task> handle)
        where T : EmployerPortal.Domain.Common.IDomainEvent => new DelegateHandler<T>(handle);

    public static ICommittedEventHandler<T> CommittedHandler<T>(Func<T, Task> handle)
        where T : EmployerPortal.Domain.Common.IDomainEvent => new DelegateCommittedHandler<T>(handle);

    private sealed class DelegateCommittedHandler<T>(Func<T, Task> handle) : ICommittedEventHandler<T>
        where T : EmployerPortal.Domain.Common.IDomainEvent
    {
        public Task HandleAsync(T domainEvent, CancellationToken cancellationToken) => handle(domainEvent);
    }

    private sealed class DelegateHandler<T>(Func<T, Task> handle) : IDomainEventHandler<T>
        where T : EmployerPortal.Domain.Common.IDomainEvent
    {
        public Task HandleAsync(T domainEvent, CancellationToken cancellationToken) => handle(domainEvent);
    }
}
