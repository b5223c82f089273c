using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Users.Specifications;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Users;
using Mediator;

namespace EmployerPortal.Application.Users.Commands.SetDerMark;

/// <summary>
/// An Admin marks another user of the company as a Designated Employer Representative, or removes the mark.
/// Only DERs see drug- and alcohol-testing documents; the change is audited (from its event).
/// </summary>
[RequiresPermission(Permission.EditUserAccess)]
public sealed record SetDerMarkCommand(Guid UserId, bool IsDer) : ICommand;

public sealed class SetDerMarkHandler(IRepository<PortalUser> users, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<SetDerMarkCommand>
{
    public async ValueTask<Unit> Handle(SetDerMarkCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindManagedAsync(command.UserId, currentUser, cancellationToken);
        user.SetDerMark(command.IsDer, currentUser.RequireUserId(), clock.GetUtcNow());
        return Unit.Value;
    }
}
