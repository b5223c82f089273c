using EmployerPortal.Infrastructure.Jobs;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EmployerPortal.Web.FunctionalTests.Fuzzing;

/// <summary>
/// The portal for the fuzz tests: rate limits raised out of the way (thousands of posts come from one address) and
/// no background job server, so the only writes to the database are those the fuzzed requests cause (the recurring
/// sweeps would otherwise write the demo data's letters in the middle of a run and move the row counts).
/// </summary>
public sealed class FuzzPortalFactory : PortalFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["RateLimits:SignInPerMinute"] = "1000000",
        ["RateLimits:PasswordResetPerMinute"] = "1000000",
        ["RateLimits:InvitationPerMinute"] = "1000000",
        ["PublicForms:PermitLimit"] = "1000000",
    };

    /// <summary>Errors the app logged (an unhandled exception behind a 500, say), for the failure report.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> LoggedErrors { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(new ErrorCapture(LoggedErrors)));
        builder.ConfigureTestServices(services =>
        {
            var jobHosts = services.Where(d => d.ServiceType == typeof(IHostedService) && IsJobServer(d)).ToList();
            foreach (var descriptor in jobHosts)
            {
                services.Remove(descriptor);
            }
        });
    }

    private static bool IsJobServer(ServiceDescriptor descriptor) =>
        descriptor.ImplementationType == typeof(RecurringJobsRegistration)
        || descriptor.ImplementationType?.Namespace?.StartsWith("Hangfire", StringComparison.Ordinal) == true
        || descriptor.ImplementationFactory?.Method.DeclaringType?.Namespace?.StartsWith("Hangfire", StringComparison.Ordinal) == true;

    private sealed class ErrorCapture(System.Collections.Concurrent.ConcurrentQueue<string> errors) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public void Dispose()
        {
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                errors.Enqueue($"{formatter(state, exception)} {exception?.GetType().Name}: {exception?.Message} {exception?.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("EmployerPortal", StringComparison.Ordinal))?.Trim()}");
            }
        }
    }
}
