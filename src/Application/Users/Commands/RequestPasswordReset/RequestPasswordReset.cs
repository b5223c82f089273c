using EmployerPortal.Application.Common.Email;
using EmployerPortal.Application.Common.Links;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Domain.Companies;
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
    IRepository<Company> companies,
    IEmailOutbox outbox,
    IPortalLinks links,
    PortalBrand brand) : ICommandHandler<RequestPasswordResetCommand>
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
        var company = await companies.FirstOrDefaultAsync(new CompanyByIdSpec(user.CompanyId), cancellationToken)
            ?? throw new InvalidOperationException($"User {user.Id} belongs to no company.");
        var link = links.To(ResetPasswordPath, new Dictionary<string, string?> { ["token"] = token });
        outbox.Enqueue(UserEmails.PasswordReset(user, company.Name, brand, link));
        return Unit.Value;
    }
}
