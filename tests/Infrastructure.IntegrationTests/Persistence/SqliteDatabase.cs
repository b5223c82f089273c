using EmployerPortal.Application.Common.Events;
using EmployerPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EmployerPortal.Infrastructure.IntegrationTests.Persistence;

/// <summary>A real SQLite file with the real migrations applied, deleted afterwards.</summary>
public sealed class SqliteDatabase : IAsyncLifetime
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

    /// <summary>A context configured as the host configures it (the results search-column interceptor included).</summary>
    public SqlitePortalDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<SqlitePortalDbContext>()
            .UseSqlite(ConnectionString)
            .AddInterceptors(new EmployerPortal.Infrastructure.Results.ResultSearchColumnsInterceptor())
            .Options);

    /// <summary>A service provider with the context, repositories and unit of work, plus extra registrations.</summary>
    public ServiceProvider CreateServices(Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddScoped<PortalDbContext>(_ => CreateContext());
        services.AddScoped(typeof(EmployerPortal.Application.Common.Persistence.IRepository<>), typeof(Repository<>));
        services.AddScoped<EmployerPortal.Application.Common.Persistence.IUnitOfWork, UnitOfWork>();
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }

    public static IDomainEventHandler<T> Handler<T>(Func<T, Task> handle)
        where T : EmployerPortal.Domain.Common.IDomainEvent => new DelegateHandler<T>(handle);

    private sealed class DelegateHandler<T>(Func<T, Task> handle) : IDomainEventHandler<T>
        where T : EmployerPortal.Domain.Common.IDomainEvent
    {
        public Task HandleAsync(T domainEvent, CancellationToken cancellationToken) => handle(domainEvent);
    }
}
