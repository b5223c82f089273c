using EmployerPortal.Application.Common.Persistence;
using Ardalis.Specification;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Users;

namespace EmployerPortal.Application.Users.Specifications;

/// <summary>The user with this email address, whatever the company: the address is unique across the portal.</summary>
public sealed class PortalUserByEmailSpec : SingleResultSpecification<PortalUser>
{
    public PortalUserByEmailSpec(string email)
    {
        var normalized = PortalUser.NormalizeEmail(email);
        Query.Where(u => u.Email == normalized).AcrossCompanies();
    }
}

/// <summary>A user; another company's user is simply not found (the tenant filter).</summary>
public sealed class PortalUserByIdSpec : SingleResultSpecification<PortalUser>
{
    public PortalUserByIdSpec(PortalUserId id) => Query.Where(u => u.Id == id);
}

/// <summary>The users among these ids (the tenant's own; across companies in a sweep): names, owners of subscriptions.</summary>
public sealed class PortalUsersByIdsSpec : Specification<PortalUser>
{
    public PortalUsersByIdsSpec(IReadOnlyCollection<PortalUserId> ids) => Query.Where(u => ids.Contains(u.Id));
}

/// <summary>The company's active Admins.</summary>
public sealed class ActiveAdminsOfCompanySpec : Specification<PortalUser>
{
    public ActiveAdminsOfCompanySpec() => Query.Where(u => u.Role == UserRole.Admin && u.Status == UserStatus.Active);
}

/// <summary>The company's users for the Users page, by last name.</summary>
public sealed class CompanyUsersForListSpec : Specification<PortalUser, Queries.ListCompanyUsers.CompanyUserDto>
{
    public CompanyUsersForListSpec()
    {
        Query.OrderBy(u => u.LastName).ThenBy(u => u.FirstName);
        Query.Select(u => new Queries.ListCompanyUsers.CompanyUserDto(u.Id.Value, u.FirstName, u.LastName, u.Email, u.Role, u.Status, u.InvitedAt, u.LastSignInAt, u.IsDer)
        {
            LocationCodes = u.LocationCodes,
        });
    }
}

/// <summary>The user an emailed link is for, if they are still in the status the link expects.</summary>
public sealed class AccountLinkUserSpec : SingleResultSpecification<PortalUser, Queries.GetAccountLink.AccountLinkDto>
{
    public AccountLinkUserSpec(PortalUserId id, UserStatus status)
    {
        Query.Where(u => u.Id == id && u.Status == status);
        Query.Select(u => new Queries.GetAccountLink.AccountLinkDto(u.FirstName, u.Email));
    }
}

/// <summary>The company's active users who hear about new results and letters (immediately or by digest).</summary>
public sealed class UsersReceivingNoticesSpec : Specification<PortalUser>
{
    public UsersReceivingNoticesSpec() =>
        Query.Where(u => u.Status == UserStatus.Active && u.NoticeFrequency != NoticeFrequency.Off);
}
