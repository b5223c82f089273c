using EmployerPortal.Application.Common.Email;
using EmployerPortal.Application.Common.Links;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Users.Specifications;
using EmployerPortal.Domain.Users;
using Mediator;

namespace EmployerPortal.Application.Users.Commands.RequestPasswordReset;

/// <summary>
/// "Forgot your password?": an active user gets a single-use one-hour link by email. The caller always gets the
/// same answer, so the form never tells whether an address has an account.
/// </summary>
[AnonymousAccess]
[AcrossCompanies("The email address is unique across the portal; the requester is not signed in.")]
public sealed record RequestPasswordResetCommand(string? Email) : ICommand;

public sealed class RequestPasswordResetHandler(
    IRepository<PortalUser> users,
    IAccountTokens tokens,
    IEmailOutbox outbox,
    IPortalLinks links) : ICommandHandler<RequestPasswordResetCommand>
{
    public const string ResetPasswordPath = "/Account/ResetPassword";

    public async ValueTask<Unit> Handle(RequestPasswordResetCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FirstOrDefaultAsync(new PortalUserByEmailSpec(command.Email!), cancellationToken);
        if (user is not { Status: UserStatus.Active })
        {
            return Unit.Value;
        }

        var token = await tokens.IssueAsync(user.Id, AccountTokenPurpose.PasswordReset, AccountTokenLifetimes.PasswordReset, cancellationToken);
        outbox.Enqueue(UserEmails.PasswordReset(user, links.To(ResetPasswordPath, new Dictionary<string, string?> { ["token"] = token })));
        return Unit.Value;
    }
}
