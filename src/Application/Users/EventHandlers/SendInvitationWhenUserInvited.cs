using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Email;
using EmployerPortal.Application.Common.Events;
using EmployerPortal.Application.Common.Links;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Application.Users.Specifications;
using EmployerPortal.Domain.Users;

namespace EmployerPortal.Application.Users.EventHandlers;

/// <summary>
/// Whoever invites (an Admin on the Users page, ops provisioning a company, a resend), the invitee gets a fresh
/// single-use 72-hour link by email, with the user or not at all. The email names who invited them: the Admin, or
/// the provider when ops provisioned the company.
/// </summary>
public sealed class SendInvitationWhenUserInvited(
    IRepository<PortalUser> users,
    IRepository<Company> companies,
    IAccountTokens tokens,
    IEmailOutbox outbox,
    IPortalLinks links,
    ICurrentUser currentUser,
    PortalBrand brand) : IDomainEventHandler<UserInvited>
{
    public const string AcceptInvitationPath = "/Account/AcceptInvitation";

    public async Task HandleAsync(UserInvited domainEvent, CancellationToken cancellationToken)
    {
        var user = await users.FindAsync(domainEvent.UserId, cancellationToken);
        if (user is not { Status: UserStatus.Invited })
        {
            return;
        }

        var token = await tokens.IssueAsync(user.Id, AccountTokenPurpose.Invitation, AccountTokenLifetimes.Invitation, cancellationToken);
        var company = await companies.FindAsync(user.CompanyId, cancellationToken)
            ?? throw new InvalidOperationException($"User {user.Id} belongs to no company.");
        var link = links.To(AcceptInvitationPath, new Dictionary<string, string?> { ["token"] = token });
        outbox.Enqueue(UserEmails.Invitation(user, company.Name, await InviterAsync(cancellationToken), brand, link));
    }

    private async Task<string> InviterAsync(CancellationToken cancellationToken) =>
        currentUser is { Kind: ActorKind.Employer, UserId: { } inviterId }
        && await users.FindAsync(inviterId, cancellationToken) is { } inviter
            ? inviter.FullName
            : brand.ProviderName;
}
