using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Application.Users.Specifications;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Users;
using Mediator;

namespace EmployerPortal.Application.Users.Commands.ChangeUserRole;

/// <summary>
/// An Admin changes another user's role. The domain keeps the last active Admin and refuses self-changes; demoting an
/// active Admin also bumps the company's Admin roster token, so two concurrent demotions cannot both commit.
/// </summary>
[RequiresPermission(Permission.EditUserAccess)]
public sealed record ChangeUserRoleCommand(Guid UserId, UserRole Role) : ICommand;

public sealed class ChangeUserRoleHandler(IRepository<PortalUser> users, IRepository<Company> companies, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<ChangeUserRoleCommand>
{
    public async ValueTask<Unit> Handle(ChangeUserRoleCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindManagedAsync(command.UserId, currentUser, cancellationToken);
        var roster = await AdminRosters.LoadAsync(companies, users, cancellationToken);
        roster.ChangeRole(user, command.Role, currentUser.RequireUserId(), clock.GetUtcNow());
        return Unit.Value;
    }
}
