using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Users.Specifications;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Users;
using Mediator;

namespace EmployerPortal.Application.Users.Commands.EnableUser;

/// <summary>An Admin re-enables a disabled user (back to active, or to invited if they never accepted).</summary>
[RequiresPermission(Permission.EditUserAccess)]
public sealed record EnableUserCommand(Guid UserId) : ICommand;

public sealed class EnableUserHandler(IRepository<PortalUser> users, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<EnableUserCommand>
{
    public async ValueTask<Unit> Handle(EnableUserCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindManagedAsync(command.UserId, currentUser, cancellationToken);
        user.Enable(currentUser.RequireUserId(), clock.GetUtcNow());
        return Unit.Value;
    }
}
