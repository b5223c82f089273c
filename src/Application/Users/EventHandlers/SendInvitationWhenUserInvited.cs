using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Email;
using EmployerPortal.Application.Common.Events;
using EmployerPortal.Application.Common.Links;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Users.Specifications;
using EmployerPortal.Domain.Users;

namespace EmployerPortal.Application.Users.EventHandlers;

/// <summary>
/// Whoever invites (an Admin on the Users page, ops provisioning a company, a resend), the invitee gets a fresh
/// single-use 72-hour link by email, with the user or not at all.
/// </summary>
public sealed class SendInvitationWhenUserInvited(
    IRepository<PortalUser> users,
    IAccountTokens tokens,
    IEmailOutbox outbox,
    IPortalLinks links) : IDomainEventHandler<UserInvited>
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
        outbox.Enqueue(UserEmails.Invitation(user, links.To(AcceptInvitationPath, new Dictionary<string, string?> { ["token"] = token })));
    }
}
