using EmployerPortal.Application.Common.Persistence;
using Mediator;

namespace EmployerPortal.Application.Common.Behaviours;

/// <summary>Innermost: commits what a command changed, then lets the domain events be dispatched. Queries pass through.</summary>
public sealed class UnitOfWorkBehaviour<TMessage, TResponse>(IUnitOfWork unitOfWork)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not IBaseCommand)
        {
            return await next(message, cancellationToken);
        }

        var response = await next(message, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return response;
    }
}
