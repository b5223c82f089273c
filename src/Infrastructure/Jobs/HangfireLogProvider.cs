using Hangfire.AspNetCore;
using Hangfire.Logging;
using Microsoft.Extensions.Logging;
using HangfireLogLevel = Hangfire.Logging.LogLevel;

namespace EmployerPortal.Infrastructure.Jobs;

/// <summary>
/// Hangfire logs through one process-wide provider (<c>LogProvider</c> is static), set by whichever host resolved
/// Hangfire's configuration last. When that host has already stopped — another host in the same process (test
/// fixtures), or this host during shutdown — its logger factory is disposed and creating a logger would throw
/// <see cref="ObjectDisposedException"/> out of a Hangfire constructor. This provider answers a silent logger instead:
/// nothing is lost in production, where the only host that stops is the one shutting down.
/// </summary>
internal sealed class HangfireLogProvider(ILoggerFactory loggerFactory) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(loggerFactory);

    public ILog GetLogger(string name)
    {
        try
        {
            return _inner.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return SilentLog.Instance;
        }
    }

    private sealed class SilentLog : ILog
    {
        public static readonly SilentLog Instance = new();

        public bool Log(HangfireLogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
