using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Companies.Specifications;
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

        var confirmation = command.PasswordOrCode!;
        var code = TwoFactorDefaults.NormalizeCode(confirmation);
        var confirmed = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await authenticator.VerifyCodeAsync(userId, code, cancellationToken)
            : await authenticator.CheckPasswordAsync(userId, confirmation, cancellationToken);
        if (!confirmed)
        {
            throw ValidationFailedException.ForField(nameof(command.PasswordOrCode), WrongConfirmationMessage);
        }

        await authenticator.DisableAsync(userId, cancellationToken);
        audit.Record(AuditActions.TwoFactorDisabled, nameof(PortalUser), userId.ToString());
        return Unit.Value;
    }
}
