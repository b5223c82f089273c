using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Users.Specifications;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Users;
using Mediator;

namespace EmployerPortal.Application.Users.Queries.ListCompanyUsers;

/// <summary>
/// The Users page: everyone of the Admin's company (for a location-scoped Admin, the users within their locations, and
/// themselves), with role, status, two-factor and last sign-in.
/// </summary>
[RequiresPermission(Permission.GrantUserAccess)]
public sealed record ListCompanyUsersQuery : IQuery<IReadOnlyList<CompanyUserDto>>;

public sealed class ListCompanyUsersHandler(IReadRepository<PortalUser> users, ICurrentUser currentUser, ITwoFactorAuthenticator authenticator)
    : IQueryHandler<ListCompanyUsersQuery, IReadOnlyList<CompanyUserDto>>
{
    public async ValueTask<IReadOnlyList<CompanyUserDto>> Handle(ListCompanyUsersQuery query, CancellationToken cancellationToken)
    {
        var me = currentUser.RequireUserId().Value;
        var list = (await users.ListAsync(new CompanyUsersForListSpec(), cancellationToken))
            .Where(u => u.Id == me || LocationScope.Covers(currentUser.LocationCodes, u.LocationCodes))
            .ToList();
        var withTwoFactor = await authenticator.WithTwoFactorAsync(list.Select(u => new PortalUserId(u.Id)).ToList(), cancellationToken);
        return list.Select(u => u with { IsCurrentUser = u.Id == me, TwoFactorEnabled = withTwoFactor.Contains(new PortalUserId(u.Id)) }).ToList();
    }
}
