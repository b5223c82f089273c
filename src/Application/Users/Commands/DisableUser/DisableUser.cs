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
/// An Admin disables another user: they cannot sign in, and their open sessions end (see <see cref="EventHandlers.EndSessionsWhenAccessChanges"/>). Disabling
/// an active Admin bumps the company's Admin roster token (see <see cref="Company.AdminRosterVersion"/>).
/// </summary>
[RequiresPermission(Permission.EditUserAccess)]
public sealed record DisableUserCommand(Guid UserId) : ICommand;

public sealed class DisableUserHandler(
    IRepository<PortalUser> users,
    IRepository<Company> companies,
    IAccountTokens tokens,
    ICurrentUser currentUser,
    TimeProvider clock) : ICommandHandler<DisableUserCommand>
{
    public async ValueTask<Unit> Handle(DisableUserCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindManagedAsync(command.UserId, currentUser, cancellationToken);
        if (user.Status == UserStatus.Disabled)
        {
            return Unit.Value;
        }

        var roster = await AdminRosters.LoadAsync(companies, users, cancellationToken);
        roster.Disable(user, currentUser.RequireUserId(), clock.GetUtcNow());
        await tokens.RevokeAllAsync(user.Id, AccountTokenPurpose.PasswordReset, cancellationToken);
        await tokens.RevokeAllAsync(user.Id, AccountTokenPurpose.Invitation, cancellationToken);
        return Unit.Value;
    }
}
