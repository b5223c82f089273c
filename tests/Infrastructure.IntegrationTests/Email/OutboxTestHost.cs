using System.Collections.Concurrent;
using EmployerPortal.Application.Common.Email;
using EmployerPortal.Infrastructure.Email;
using EmployerPortal.Infrastructure.Options;
using EmployerPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace EmployerPortal.Infrastructure.IntegrationTests.Email;

/// <summary>
/// The email module over a real SQLite file of its own, with the real outbox and processor and a recording
/// sender in place of the delivery adapter (the edge).
/// </summary>
public sealed class OutboxTestHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public OutboxTestHost(IDictionary<string, string?>? settings = null)
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "employer-portal-tests", Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Email:From"] = "Employer Portal <no-reply@portal.example>",
                ["Email:MaxAttempts"] = "4",
                ["Email:RetryBaseDelay"] = "00:00:30",
                ["Email:LeaseDuration"] = "00:02:00",
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var paths = new PortalPaths(DataDirectory, DataDirectory);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddDbContext<PortalDbContext, SqlitePortalDbContext>(o => o.UseSqlite($"Data Source={paths.Combine("portal.db")};Default Timeout=30"));
        services.AddEmail(configuration, paths);
        services.AddSingleton<IEmailSender>(Sender);
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = DataDirectory });
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public string DataDirectory { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public RecordingSender Sender { get; } = new();

    public IServiceProvider Services => _services;

    public async Task InitializeAsync() => await WithDbAsync(db => db.Database.MigrateAsync());

    /// <summary>Queues the messages through the real outbox and commits them, as a unit of work would.</summary>
    public async Task<IReadOnlyList<Guid>> EnqueueAsync(params EmailMessage[] messages)
    {
        await using var scope = _services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IEmailOutbox>();
        foreach (var message in messages)
        {
            outbox.Enqueue(message);
        }

        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var added = db.ChangeTracker.Entries<OutboxMessage>().Select(e => e.Entity.Id).ToList();
        await db.SaveChangesAsync();
        return added;
    }

    /// <summary>One sweep in a scope of its own, as the recurring job runs it.</summary>
    public async Task<int> SweepAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IOutboxProcessor>().ProcessPendingAsync(CancellationToken.None);
    }

    public async Task<T> WithDbAsync<T>(Func<PortalDbContext, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    public Task WithDbAsync(Func<PortalDbContext, Task> work) => WithDbAsync(async db =>
    {
        await work(db);
        return true;
    });

    public Task<OutboxMessage> RowAsync(Guid id) =>
        WithDbAsync(db => db.OutboxMessages.AsNoTracking().Include(m => m.Attachments).SingleAsync(m => m.Id == id));

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }

    public static EmailMessage Message(string to = "someone@acme.example", string subject = "Hello") =>
        new([to], subject, "<p>Hello</p>", "Hello");

    private sealed class HostingEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Development";

        public string ApplicationName { get; set; } = "Tests";

        public required string ContentRootPath { get; set; }

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}

/// <summary>The delivery edge: records every hand-over; can be told to fail the next sends.</summary>
public sealed class RecordingSender : IEmailSender
{
    private int _failuresToGo;

    public ConcurrentQueue<(string MessageId, EmailMessage Message)> Sent { get; } = new();

    public ConcurrentQueue<string> Attempts { get; } = new();

    public TimeSpan Delay { get; set; }

    public void FailNext(int times) => _failuresToGo = times;

    public async Task SendAsync(EmailMessage message, string messageId, CancellationToken cancellationToken)
    {
        Attempts.Enqueue(messageId);
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, cancellationToken);
        }

        if (Interlocked.Decrement(ref _failuresToGo) >= 0)
        {
            throw new IOException("SMTP server unavailable");
        }

        Sent.Enqueue((messageId, message));
    }
}
