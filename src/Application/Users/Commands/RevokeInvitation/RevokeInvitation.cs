using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Users.Specifications;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Users;
using Mediator;

namespace EmployerPortal.Application.Users.Commands.RevokeInvitation;

/// <summary>An Admin withdraws a pending invitation: the link stops working and the invited user is removed.</summary>
[RequiresPermission(Permission.GrantUserAccess)]
public sealed record RevokeInvitationCommand(Guid UserId) : ICommand;

public sealed class RevokeInvitationHandler(
    IRepository<PortalUser> users,
    IAccountTokens tokens,
    ICurrentUser currentUser,
    TimeProvider clock) : ICommandHandler<RevokeInvitationCommand>
{
    public async ValueTask<Unit> Handle(RevokeInvitationCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindManagedAsync(command.UserId, currentUser, cancellationToken);
        user.RevokeInvitation(currentUser.RequireUserId(), clock.GetUtcNow());
        await tokens.RevokeAllAsync(user.Id, AccountTokenPurpose.Invitation, cancellationToken);
        users.Remove(user);
        return Unit.Value;
    }
}
