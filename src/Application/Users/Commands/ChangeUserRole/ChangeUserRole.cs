using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Users.Specifications;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Users;
using Mediator;

namespace EmployerPortal.Application.Users.Commands.ChangeUserRole;

/// <summary>An Admin changes another user's role. The domain keeps the last active Admin and refuses self-changes.</summary>
[RequiresPermission(Permission.EditUserAccess)]
public sealed record ChangeUserRoleCommand(Guid UserId, UserRole Role) : ICommand;

public sealed class ChangeUserRoleHandler(IRepository<PortalUser> users, ICurrentUser currentUser, IAuditTrail audit, TimeProvider clock)
    : ICommandHandler<ChangeUserRoleCommand>
{
    public async ValueTask<Unit> Handle(ChangeUserRoleCommand command, CancellationToken cancellationToken)
    {
        var companyId = currentUser.RequireCompanyId();
        var user = await users.FirstOrDefaultAsync(new CompanyUserByIdSpec(companyId, new PortalUserId(command.UserId)), cancellationToken)
            ?? throw new NotFoundException("User");
        var previous = user.Role;
        var activeAdmins = await users.CountAsync(new ActiveAdminsOfCompanySpec(companyId), cancellationToken);
        user.ChangeRole(command.Role, currentUser.RequireUserId(), activeAdmins, clock.GetUtcNow());
        if (previous != user.Role)
        {
            audit.Record(AuditActions.UserRoleChanged, nameof(PortalUser), user.Id.ToString(), $"from={previous}; to={user.Role}");
        }

        return Unit.Value;
    }
}
