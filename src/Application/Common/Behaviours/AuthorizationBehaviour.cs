using System.Reflection;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Security;
using Mediator;

namespace EmployerPortal.Application.Common.Behaviours;

/// <summary>
/// Refuses a message whose sender lacks what the message declares (permission, ops scope, system).
/// Company scope follows from the data layer: an employer message sees the sender's own company only, and a
/// message declaring <see cref="AcrossCompaniesAttribute"/> runs its handler across companies.
/// </summary>
public sealed class AuthorizationBehaviour<TMessage, TResponse>(ICurrentUser currentUser, ITenantContext tenant)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly bool ReadsAcrossCompanies = MessageAccess.ReadsAcrossCompanies(typeof(TMessage));

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        MessageAccess.Demand(typeof(TMessage), currentUser);
        if (!ReadsAcrossCompanies)
        {
            return await next(message, cancellationToken);
        }

        using (tenant.AcrossCompanies())
        {
            return await next(message, cancellationToken);
        }
    }
}

/// <summary>Reads and enforces the access declared on a message type.</summary>
public static class MessageAccess
{
    public static MessageAccessAttribute? DeclaredOn(Type messageType) =>
        messageType.GetCustomAttribute<MessageAccessAttribute>(inherit: false);

    public static bool ReadsAcrossCompanies(Type messageType) =>
        messageType.GetCustomAttribute<AcrossCompaniesAttribute>(inherit: false) is not null;

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
