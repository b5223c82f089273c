using EmployerPortal.Infrastructure.Jobs;
using Microsoft.Extensions.Logging;
using HangfireLogLevel = Hangfire.Logging.LogLevel;

namespace EmployerPortal.Infrastructure.IntegrationTests.Jobs;

public sealed class HangfireLogProviderTests
{
    [Fact]
    public void Hangfire_logs_through_the_hosts_logger_factory()
    {
        var provider = new CapturingProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(provider).SetMinimumLevel(LogLevel.Trace));

        var log = new HangfireLogProvider(factory).GetLogger("Hangfire.Server");
        log.Log(HangfireLogLevel.Warn, () => "worker stopped");

        provider.Messages.ShouldBe(["Hangfire.Server: worker stopped"]);
    }

    [Fact]
    public void A_logger_asked_for_after_the_host_stopped_is_silent_instead_of_throwing()
    {
        var factory = LoggerFactory.Create(_ => { });
        var hangfire = new HangfireLogProvider(factory);
        factory.Dispose();

        var log = Should.NotThrow(() => hangfire.GetLogger("Hangfire.BackgroundJobServer"));

        log.Log(HangfireLogLevel.Error, () => "ignored").ShouldBeFalse();
    }

    private sealed class CapturingProvider : ILoggerProvider
    {
        public List<string> Messages { get; } = [];

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Messages);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, List<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Add($"{category}: {formatter(state, exception)}");
        }
    }
}
