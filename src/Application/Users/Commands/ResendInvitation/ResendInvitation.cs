using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Users.Specifications;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Users;
using Mediator;

namespace EmployerPortal.Application.Users.Commands.ResendInvitation;

/// <summary>An Admin sends a pending invitation again: a new link; the old one stops working.</summary>
[RequiresPermission(Permission.GrantUserAccess)]
public sealed record ResendInvitationCommand(Guid UserId) : ICommand;

public sealed class ResendInvitationHandler(IRepository<PortalUser> users, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<ResendInvitationCommand>
{
    public async ValueTask<Unit> Handle(ResendInvitationCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindManagedAsync(command.UserId, currentUser, cancellationToken);
        user.Reinvite(clock.GetUtcNow());
        return Unit.Value;
    }
}
