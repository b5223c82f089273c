using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Users.Specifications;
using EmployerPortal.Domain.Users;
using Mediator;

namespace EmployerPortal.Application.Users.Queries.ListCompanyUsers;

/// <summary>The Users page: everyone of the Admin's company, with role, status and last sign-in.</summary>
[RequiresPermission(Permission.GrantUserAccess)]
public sealed record ListCompanyUsersQuery : IQuery<IReadOnlyList<CompanyUserDto>>;

public sealed class ListCompanyUsersHandler(IReadRepository<PortalUser> users, ICurrentUser currentUser)
    : IQueryHandler<ListCompanyUsersQuery, IReadOnlyList<CompanyUserDto>>
{
    public async ValueTask<IReadOnlyList<CompanyUserDto>> Handle(ListCompanyUsersQuery query, CancellationToken cancellationToken)
    {
        var me = currentUser.RequireUserId().Value;
        var list = await users.ListAsync(new CompanyUsersForListSpec(currentUser.RequireCompanyId()), cancellationToken);
        return list.Select(u => u with { IsCurrentUser = u.Id == me }).ToList();
    }
}
