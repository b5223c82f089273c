using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Users;
using Mediator;

namespace EmployerPortal.Application.Users.Commands.DisableTwoFactor;

/// <summary>
/// The user turns two-factor sign-in off, confirming with their password or a current authenticator code.
/// Refused (409) while their company requires two-factor sign-in.
/// </summary>
[SignedInUser]
public sealed record DisableTwoFactorCommand(string? PasswordOrCode) : ICommand;

public sealed class DisableTwoFactorHandler(
    IRepository<Company> companies,
    ICurrentUser currentUser,
    ITwoFactorAuthenticator authenticator,
    IAuditTrail audit) : ICommandHandler<DisableTwoFactorCommand>
{
    public const string WrongConfirmationMessage = "That is neither your password nor a current authentication code.";

    public async ValueTask<Unit> Handle(DisableTwoFactorCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var company = await companies.FirstOrDefaultAsync(new CurrentCompanySpec(), cancellationToken)
            ?? throw new NotFoundException("Company");
        company.CheckUserMayTurnOffTwoFactor();
        if (!(await authenticator.GetStateAsync(userId, cancellationToken)).Enabled)
        {
            throw new ConflictException("Two-factor sign-in is already off.");
        }

        var check = await ConfirmAsync(userId, command.PasswordOrCode!, cancellationToken);
        if (check is not CurrentPasswordCheck.Correct)
        {
            throw ValidationFailedException.ForField(
                nameof(command.PasswordOrCode),
                check is CurrentPasswordCheck.LockedOut ? CurrentPasswordMessages.LockedOut : WrongConfirmationMessage);
        }

        await authenticator.DisableAsync(userId, cancellationToken);
        audit.Record(AuditActions.TwoFactorDisabled, nameof(PortalUser), userId.ToString());
        return Unit.Value;
    }

    /// <summary>Six digits are an authenticator code; anything else is the password, counted toward the lockout.</summary>
    private async Task<CurrentPasswordCheck> ConfirmAsync(PortalUserId userId, string confirmation, CancellationToken cancellationToken)
    {
        var code = TwoFactorDefaults.NormalizeCode(confirmation);
        if (code.Length == 6 && code.All(char.IsAsciiDigit))
        {
            return await authenticator.VerifyCodeAsync(userId, code, cancellationToken) ? CurrentPasswordCheck.Correct : CurrentPasswordCheck.Wrong;
        }

        return await authenticator.CheckPasswordAsync(userId, confirmation, cancellationToken);
    }
}
