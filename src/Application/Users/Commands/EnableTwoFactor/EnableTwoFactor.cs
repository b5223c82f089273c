using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Domain.Users;
using Mediator;

namespace EmployerPortal.Application.Users.Commands.EnableTwoFactor;

/// <summary>
/// The user confirms the authenticator app with the code it shows: two-factor sign-in goes on and the user gets
/// recovery codes, shown once. Any role may do this for themselves.
/// </summary>
[SignedInUser]
public sealed record EnableTwoFactorCommand(string? Code) : ICommand<IReadOnlyList<string>>;

public sealed class EnableTwoFactorHandler(ICurrentUser currentUser, ITwoFactorAuthenticator authenticator, IAuditTrail audit)
    : ICommandHandler<EnableTwoFactorCommand, IReadOnlyList<string>>
{
    public const string WrongCodeMessage = "That code is not right. Enter the 6-digit code your authenticator app shows now.";

    public async ValueTask<IReadOnlyList<string>> Handle(EnableTwoFactorCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        if ((await authenticator.GetStateAsync(userId, cancellationToken)).Enabled)
        {
            throw new ConflictException("Two-factor sign-in is already on.");
        }

        if (!await authenticator.VerifyCodeAsync(userId, TwoFactorDefaults.NormalizeCode(command.Code), cancellationToken))
        {
            throw ValidationFailedException.ForField(nameof(command.Code), WrongCodeMessage);
        }

        var recoveryCodes = await authenticator.EnableAsync(userId, TwoFactorDefaults.RecoveryCodeCount, cancellationToken);
        audit.Record(AuditActions.TwoFactorEnabled, nameof(PortalUser), userId.ToString());
        return recoveryCodes;
    }
}
