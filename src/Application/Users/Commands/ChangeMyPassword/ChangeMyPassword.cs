using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Domain.Users;
using Mediator;

namespace EmployerPortal.Application.Users.Commands.ChangeMyPassword;

/// <summary>A signed-in user changes their password; their other sessions end (the host renews the current one).</summary>
[SignedInUser]
public sealed record ChangeMyPasswordCommand(string? CurrentPassword, string? NewPassword, string? ConfirmPassword) : ICommand;

public sealed class ChangeMyPasswordHandler(IIdentityService identity, IUserSessions sessions, ICurrentUser currentUser, IAuditTrail audit)
    : ICommandHandler<ChangeMyPasswordCommand>
{
    public async ValueTask<Unit> Handle(ChangeMyPasswordCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var result = await identity.ChangePasswordAsync(userId, command.CurrentPassword!, command.NewPassword!, cancellationToken);
        if (result.CurrentPassword is not CurrentPasswordCheck.Correct)
        {
            throw ValidationFailedException.ForField(
                nameof(command.CurrentPassword),
                result.CurrentPassword is CurrentPasswordCheck.LockedOut ? CurrentPasswordMessages.LockedOut : CurrentPasswordMessages.Wrong);
        }

        if (result.PolicyErrors.Count > 0)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]> { [nameof(command.NewPassword)] = result.PolicyErrors.ToArray() });
        }

        await sessions.EndAllAsync(userId, SessionEndReason.PasswordChanged, cancellationToken);
        audit.Record(AuditActions.PasswordChanged, nameof(PortalUser), userId.ToString());
        return Unit.Value;
    }
}
