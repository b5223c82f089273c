using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Users.Specifications;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Users;
using Mediator;

namespace EmployerPortal.Application.Users.Commands.DisableUser;

/// <summary>An Admin disables another user: they cannot sign in, and their open sessions end at their next request.</summary>
[RequiresPermission(Permission.EditUserAccess)]
public sealed record DisableUserCommand(Guid UserId) : ICommand;

public sealed class DisableUserHandler(
    IRepository<PortalUser> users,
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

        var activeAdmins = await users.CountAsync(new ActiveAdminsOfCompanySpec(companyId), cancellationToken);
        user.Disable(currentUser.RequireUserId(), activeAdmins, clock.GetUtcNow());
        await identity.EndSessionsAsync(user.Id, cancellationToken);
        await tokens.RevokeAllAsync(user.Id, AccountTokenPurpose.PasswordReset, cancellationToken);
        await tokens.RevokeAllAsync(user.Id, AccountTokenPurpose.Invitation, cancellationToken);
        audit.Record(AuditActions.UserDisabled, nameof(PortalUser), user.Id.ToString());
        return Unit.Value;
    }
}
