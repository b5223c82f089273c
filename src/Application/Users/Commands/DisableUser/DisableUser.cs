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

namespace EmployerPortal.Application.Users.Commands.DisableUser;

/// <summary>
/// An Admin disables another user: they cannot sign in, and their open sessions end at their next request. Disabling
/// an active Admin bumps the company's Admin roster token (see <see cref="Company.AdminRosterVersion"/>).
/// </summary>
[RequiresPermission(Permission.EditUserAccess)]
public sealed record DisableUserCommand(Guid UserId) : ICommand;

public sealed class DisableUserHandler(
    IRepository<PortalUser> users,
    IRepository<Company> companies,
    IIdentityService identity,
    IAccountTokens tokens,
    ICurrentUser currentUser,
    IAuditTrail audit,
    TimeProvider clock) : ICommandHandler<DisableUserCommand>
{
    public async ValueTask<Unit> Handle(DisableUserCommand command, CancellationToken cancellationToken)
    {
        var companyId = currentUser.RequireCompanyId();
        var user = await users.FirstOrDefaultAsync(new CompanyUserByIdSpec(companyId, new PortalUserId(command.UserId)), cancellationToken)
            ?? throw new NotFoundException("User");
        if (user.Status == UserStatus.Disabled)
        {
            return Unit.Value;
        }

        if (user.IsActiveAdmin)
        {
            var company = await companies.FirstOrDefaultAsync(new CompanyByIdSpec(companyId), cancellationToken)
                ?? throw new NotFoundException("Company");
            company.RecordAdminRemoval();
        }

        var activeAdmins = await users.CountAsync(new ActiveAdminsOfCompanySpec(companyId), cancellationToken);
        user.Disable(currentUser.RequireUserId(), activeAdmins, clock.GetUtcNow());
        await identity.EndSessionsAsync(user.Id, cancellationToken);
        await tokens.RevokeAllAsync(user.Id, AccountTokenPurpose.PasswordReset, cancellationToken);
        await tokens.RevokeAllAsync(user.Id, AccountTokenPurpose.Invitation, cancellationToken);
        audit.Record(AuditActions.UserDisabled, nameof(PortalUser), user.Id.ToString());
        return Unit.Value;
    }
}
