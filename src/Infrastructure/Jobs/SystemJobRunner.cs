using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Security;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EmployerPortal.Infrastructure.Jobs;

/// <summary>
/// What every job does: a scope of its own, acting as the system, sending one [SystemOnly] command.
/// Sweeps are idempotent, so when another worker committed the same letter first (the unique index refuses ours)
/// the unit of work says <see cref="DuplicateRecordException"/> and the sweep simply runs again and finds the work done.
/// </summary>
public sealed partial class SystemJobRunner(IServiceScopeFactory scopes, ILogger<SystemJobRunner> logger)
{
    private const int MaxAttempts = 3;

    public async Task<TResponse> SendAsync<TResponse>(ICommand<TResponse> command, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ActorContext>().RunAsSystem();
            try
            {
                return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, cancellationToken);
            }
            catch (DuplicateRecordException) when (attempt < MaxAttempts)
            {
                LogRetry(logger, command.GetType().Name, attempt);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Command} collided with another worker's commit (attempt {Attempt}); sweeping again")]
    private static partial void LogRetry(ILogger logger, string command, int attempt);
}
