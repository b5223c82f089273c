using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;

namespace EmployerPortal.Application.Common.Behaviours;

/// <summary>Outermost: logs the message name and how long it took. Never the payload (DESIGN §8).</summary>
public sealed partial class LoggingBehaviour<TMessage, TResponse>(ILogger<LoggingBehaviour<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private const long SlowMilliseconds = 500;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await next(message, cancellationToken);
        }
        finally
        {
            var elapsed = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (elapsed >= SlowMilliseconds)
            {
                LogSlow(logger, typeof(TMessage).Name, elapsed);
            }
            else
            {
                LogHandled(logger, typeof(TMessage).Name, elapsed);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{MessageName} handled in {ElapsedMilliseconds} ms")]
    private static partial void LogHandled(ILogger logger, string messageName, long elapsedMilliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{MessageName} was slow: {ElapsedMilliseconds} ms")]
    private static partial void LogSlow(ILogger logger, string messageName, long elapsedMilliseconds);
}
