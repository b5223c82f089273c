using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Users.Specifications;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Users;
using Mediator;

namespace EmployerPortal.Application.Users.Commands.ResetUserTwoFactor;

/// <summary>
/// An Admin resets another user's two-factor sign-in (lost phone and recovery codes): two-factor off, the
/// authenticator key and recovery codes discarded, the user's open sessions ended. They next sign in with the
/// password alone; if the company requires two-factor, they are sent to set it up again.
/// </summary>
[RequiresPermission(Permission.EditUserAccess)]
public sealed record ResetUserTwoFactorCommand(Guid UserId) : ICommand;

public sealed class ResetUserTwoFactorHandler(
    IRepository<PortalUser> users,
    ITwoFactorAuthenticator authenticator,
    IUserSessions sessions,
    ICurrentUser currentUser,
    IAuditTrail audit) : ICommandHandler<ResetUserTwoFactorCommand>
{
    public const string AlreadyOffMessage = "This user's two-factor authentication is already off.";

    public async ValueTask<Unit> Handle(ResetUserTwoFactorCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindManagedAsync(command.UserId, currentUser, cancellationToken);
        user.CheckMayResetTwoFactor(currentUser.RequireUserId());
        if (!(await authenticator.GetStateAsync(user.Id, cancellationToken)).Enabled)
        {
            throw new ConflictException(AlreadyOffMessage);
        }

        await authenticator.ResetAsync(user.Id, cancellationToken);
        await sessions.EndAllAsync(user.Id, SessionEndReason.TwoFactorReset, cancellationToken);
        audit.Record(AuditActions.TwoFactorReset, nameof(PortalUser), user.Id.ToString());
        return Unit.Value;
    }
}
