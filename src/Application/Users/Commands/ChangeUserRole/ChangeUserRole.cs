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

public sealed class ChangeUserRoleHandler(IRepository<PortalUser> users, IRepository<Company> companies, ICurrentUser currentUser, IAuditTrail audit, TimeProvider clock)
    : ICommandHandler<ChangeUserRoleCommand>
{
    public async ValueTask<Unit> Handle(ChangeUserRoleCommand command, CancellationToken cancellationToken)
    {
        var companyId = currentUser.RequireCompanyId();
        var user = await users.FirstOrDefaultAsync(new CompanyUserByIdSpec(companyId, new PortalUserId(command.UserId)), cancellationToken)
            ?? throw new NotFoundException("User");
        var previous = user.Role;
        var wasActiveAdmin = user.IsActiveAdmin;
        var company = await companies.FirstOrDefaultAsync(new CompanyByIdSpec(companyId), cancellationToken)
            ?? throw new NotFoundException("Company");
        var activeAdmins = await users.CountAsync(new ActiveAdminsOfCompanySpec(companyId), cancellationToken);
        user.ChangeRole(command.Role, currentUser.RequireUserId(), activeAdmins, clock.GetUtcNow());
        if (wasActiveAdmin && !user.IsActiveAdmin)
        {
            company.RecordAdminRemoval();
        }

        if (previous != user.Role)
        {
            audit.Record(AuditActions.UserRoleChanged, nameof(PortalUser), user.Id.ToString(), $"from={previous}; to={user.Role}");
        }

        return Unit.Value;
    }
}
