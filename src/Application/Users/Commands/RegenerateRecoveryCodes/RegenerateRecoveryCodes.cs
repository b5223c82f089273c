using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Domain.Users;
using Mediator;

namespace EmployerPortal.Application.Users.Commands.RegenerateRecoveryCodes;

/// <summary>The user replaces their recovery codes (the old ones stop working); shown once. Needs two-factor sign-in on.</summary>
[SignedInUser]
public sealed record RegenerateRecoveryCodesCommand : ICommand<IReadOnlyList<string>>;

public sealed class RegenerateRecoveryCodesHandler(ICurrentUser currentUser, ITwoFactorAuthenticator authenticator, IAuditTrail audit)
    : ICommandHandler<RegenerateRecoveryCodesCommand, IReadOnlyList<string>>
{
    public async ValueTask<IReadOnlyList<string>> Handle(RegenerateRecoveryCodesCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        if (!(await authenticator.GetStateAsync(userId, cancellationToken)).Enabled)
        {
            throw new ConflictException("Turn two-factor sign-in on first.");
        }

        var codes = await authenticator.NewRecoveryCodesAsync(userId, TwoFactorDefaults.RecoveryCodeCount, cancellationToken);
        audit.Record(AuditActions.RecoveryCodesRegenerated, nameof(PortalUser), userId.ToString());
        return codes;
    }
}
