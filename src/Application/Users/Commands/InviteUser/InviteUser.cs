using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Users.Specifications;
using EmployerPortal.Domain.Users;
using Mediator;

namespace EmployerPortal.Application.Users.Commands.InviteUser;

/// <summary>An Admin invites a user to their own company.</summary>
[RequiresPermission(Permission.GrantUserAccess)]
public sealed record InviteUserCommand(string? Email, string? FirstName, string? LastName, UserRole Role) : ICommand<Guid>;

public sealed class InviteUserHandler(IRepository<PortalUser> users, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<InviteUserCommand, Guid>
{
    public async ValueTask<Guid> Handle(InviteUserCommand command, CancellationToken cancellationToken)
    {
        if (await users.AnyAsync(new PortalUserByEmailSpec(command.Email!), cancellationToken))
        {
            throw new ValidationFailedException(new Dictionary<string, string[]>
            {
                [nameof(command.Email)] = ["That email address already belongs to a portal user."],
            });
        }

        var user = PortalUser.Invite(currentUser.RequireCompanyId(), command.Email!, command.FirstName!, command.LastName!, command.Role, clock.GetUtcNow());
        users.Add(user);
        return user.Id.Value;
    }
}
