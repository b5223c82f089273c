using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Users.Specifications;
using EmployerPortal.Domain.Users;
using Mediator;

namespace EmployerPortal.Application.Users.Commands.BeginAuthenticatorSetup;

/// <summary>
/// A signed-in user without two-factor sign-in starts setting up an authenticator app: they get the key (created
/// the first time) and the otpauth URI to show as a QR code. Already on: 409.
/// </summary>
[SignedInUser]
public sealed record BeginAuthenticatorSetupCommand : ICommand<AuthenticatorSetupDto>;

public sealed record AuthenticatorSetupDto(string FormattedKey, string AuthenticatorUri);

public sealed class BeginAuthenticatorSetupHandler(IRepository<PortalUser> users, ICurrentUser currentUser, ITwoFactorAuthenticator authenticator)
    : ICommandHandler<BeginAuthenticatorSetupCommand, AuthenticatorSetupDto>
{
    public async ValueTask<AuthenticatorSetupDto> Handle(BeginAuthenticatorSetupCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FirstOrDefaultAsync(new PortalUserByIdSpec(currentUser.RequireUserId()), cancellationToken)
            ?? throw new NotFoundException("User");
        if ((await authenticator.GetStateAsync(user.Id, cancellationToken)).Enabled)
        {
            throw new ConflictException("Two-factor sign-in is already on.");
        }

        var key = await authenticator.GetOrCreateKeyAsync(user.Id, cancellationToken);
        return new AuthenticatorSetupDto(TwoFactorDefaults.FormatKey(key), TwoFactorDefaults.AuthenticatorUri(user.Email, key));
    }
}
