using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Users.Specifications;
using EmployerPortal.Domain.Users;
using Mediator;

namespace EmployerPortal.Application.Users.Commands.AcceptInvitation;

/// <summary>The invitee follows the emailed link and sets a password; the link then stops working.</summary>
[AnonymousAccess]
[AcrossCompanies("The emailed link names a user of any company; the invitee is not signed in.")]
public sealed record AcceptInvitationCommand(string? Token, string? Password, string? ConfirmPassword) : ICommand<AcceptedInvitation>;

public sealed record AcceptedInvitation(string Email);

public sealed class AcceptInvitationHandler(
    IRepository<PortalUser> users,
    IAccountTokens tokens,
    IIdentityService identity,
    TimeProvider clock) : ICommandHandler<AcceptInvitationCommand, AcceptedInvitation>
{
    public const string InvalidLinkMessage = "This invitation link is no longer valid. Ask your company's portal Admin to send a new one.";

    public async ValueTask<AcceptedInvitation> Handle(AcceptInvitationCommand command, CancellationToken cancellationToken)
    {
        var userId = await tokens.RedeemAsync(command.Token, AccountTokenPurpose.Invitation, cancellationToken)
            ?? throw ValidationFailedException.ForField(nameof(command.Token), InvalidLinkMessage);
        var user = await users.FirstOrDefaultAsync(new PortalUserByIdSpec(userId), cancellationToken)
            ?? throw ValidationFailedException.ForField(nameof(command.Token), InvalidLinkMessage);
        user.Activate(clock.GetUtcNow());
        var errors = await identity.CreateCredentialsAsync(user.Id, user.Email, command.Password!, cancellationToken);
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]> { [nameof(command.Password)] = errors.ToArray() });
        }

        return new AcceptedInvitation(user.Email);
    }
}
