using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Users.Specifications;
using EmployerPortal.Domain.Users;
using Mediator;

namespace EmployerPortal.Application.Users.Queries.GetAccountLink;

/// <summary>Whether an invitation or reset link still works, and for whom (first name and email only).</summary>
[AnonymousAccess]
[AcrossCompanies("The emailed link names a user of any company; its reader is not signed in.")]
public sealed record GetAccountLinkQuery(string? Token, AccountTokenPurpose Purpose) : IQuery<AccountLinkDto?>;

public sealed record AccountLinkDto(string FirstName, string Email);

public sealed class GetAccountLinkHandler(IReadRepository<PortalUser> users, IAccountTokens tokens) : IQueryHandler<GetAccountLinkQuery, AccountLinkDto?>
{
    public async ValueTask<AccountLinkDto?> Handle(GetAccountLinkQuery query, CancellationToken cancellationToken)
    {
        if (await tokens.FindValidAsync(query.Token, query.Purpose, cancellationToken) is not { } userId)
        {
            return null;
        }

        var expected = query.Purpose == AccountTokenPurpose.Invitation ? UserStatus.Invited : UserStatus.Active;
        return await users.FirstOrDefaultAsync(new AccountLinkUserSpec(userId, expected), cancellationToken);
    }
}
