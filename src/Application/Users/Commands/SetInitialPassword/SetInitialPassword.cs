using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Users.Specifications;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Users;
using Mediator;

namespace EmployerPortal.Application.Users.Commands.SetInitialPassword;

/// <summary>Gives an invited user their first password and activates them. Sent by the system (demo data, accepted invitations).</summary>
[SystemOnly]
[AcrossCompanies("System set-up of a user of any company.")]
public sealed record SetInitialPasswordCommand(Guid UserId, string Password) : ICommand;

public sealed class SetInitialPasswordHandler(IRepository<PortalUser> users, IIdentityService identity, TimeProvider clock)
    : ICommandHandler<SetInitialPasswordCommand>
{
    public async ValueTask<Unit> Handle(SetInitialPasswordCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FirstOrDefaultAsync(new PortalUserByIdSpec(new PortalUserId(command.UserId)), cancellationToken)
            ?? throw new NotFoundException("User");
        user.Activate(clock.GetUtcNow());
        var errors = await identity.CreateCredentialsAsync(user.Id, user.Email, command.Password, cancellationToken);
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]> { [nameof(command.Password)] = errors.ToArray() });
        }

        return Unit.Value;
    }
}
