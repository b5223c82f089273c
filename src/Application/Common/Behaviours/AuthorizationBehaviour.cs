using System.Reflection;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Security;
using Mediator;

namespace EmployerPortal.Application.Common.Behaviours;

/// <summary>
/// Refuses a message whose sender lacks what the message declares (permission, ops scope, system).
/// Company scope follows: an employer message runs for the sender's own company only.
/// </summary>
public sealed class AuthorizationBehaviour<TMessage, TResponse>(ICurrentUser currentUser)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        MessageAccess.Demand(typeof(TMessage), currentUser);
        return next(message, cancellationToken);
    }
}

/// <summary>Reads and enforces the access declared on a message type.</summary>
public static class MessageAccess
{
    public static MessageAccessAttribute? DeclaredOn(Type messageType) =>
        messageType.GetCustomAttribute<MessageAccessAttribute>(inherit: false);

    public static void Demand(Type messageType, ICurrentUser user)
    {
        var declared = DeclaredOn(messageType)
            ?? throw new InvalidOperationException($"{messageType.Name} declares no access attribute.");

        if (declared is AnonymousAccessAttribute || user.Kind == ActorKind.System)
        {
            return;
        }

        switch (declared)
        {
            case SystemOnlyAttribute:
                throw new ForbiddenAccessException();
            case OpsClientAttribute ops:
                if (user.Kind != ActorKind.OpsClient)
                {
                    throw new UnauthenticatedException("A valid API key is required.");
                }

                if (!user.OpsScopes.Contains(ops.Scope))
                {
                    throw new ForbiddenAccessException($"This API key lacks the '{ops.Scope}' scope.");
                }

                return;
            case SignedInUserAttribute:
                RequireEmployer(user);
                return;
            case RequiresPermissionAttribute required:
                RequireEmployer(user);
                if (!user.Can(required.Permission))
                {
                    throw new ForbiddenAccessException();
                }

                return;
            default:
                throw new InvalidOperationException($"Unknown access declaration {declared.GetType().Name}.");
        }
    }

    private static void RequireEmployer(ICurrentUser user)
    {
        if (user.Kind != ActorKind.Employer || user.CompanyId is null || user.UserId is null)
        {
            throw new UnauthenticatedException();
        }
    }
}
