using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Users.Specifications;
using EmployerPortal.Domain.Users;
using Mediator;

namespace EmployerPortal.Application.Users.Commands.ResetPassword;

/// <summary>The user follows the reset link and chooses a new password; every other session of theirs ends.</summary>
[AnonymousAccess]
[AcrossCompanies("The emailed link names a user of any company; the requester is not signed in.")]
public sealed record ResetPasswordCommand(string? Token, string? Password, string? ConfirmPassword) : ICommand<string>;

public sealed class ResetPasswordHandler(
    IRepository<PortalUser> users,
    IAccountTokens tokens,
    IIdentityService identity,
    IUserSessions sessions,
    IAuditTrail audit) : ICommandHandler<ResetPasswordCommand, string>
{
    public const string InvalidLinkMessage = "This reset link is no longer valid. Ask for a new one from the sign-in page.";

    public async ValueTask<string> Handle(ResetPasswordCommand command, CancellationToken cancellationToken)
    {
        var userId = await tokens.RedeemAsync(command.Token, AccountTokenPurpose.PasswordReset, cancellationToken)
            ?? throw ValidationFailedException.ForField(nameof(command.Token), InvalidLinkMessage);
        var user = await users.FirstOrDefaultAsync(new PortalUserByIdSpec(userId), cancellationToken);
        if (user is not { Status: UserStatus.Active })
        {
            throw ValidationFailedException.ForField(nameof(command.Token), InvalidLinkMessage);
        }

        var errors = await identity.SetPasswordAsync(user.Id, command.Password!, cancellationToken);
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]> { [nameof(command.Password)] = errors.ToArray() });
        }

        await sessions.EndAllAsync(user.Id, SessionEndReason.PasswordChanged, cancellationToken);
        audit.Record(AuditActions.PasswordReset, nameof(PortalUser), user.Id.ToString());
        return user.Email;
    }
}
