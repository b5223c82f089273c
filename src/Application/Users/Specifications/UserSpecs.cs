using Ardalis.Specification;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Users;

namespace EmployerPortal.Application.Users.Specifications;

public sealed class PortalUserByEmailSpec : SingleResultSpecification<PortalUser>
{
    public PortalUserByEmailSpec(string email)
    {
        var normalized = PortalUser.NormalizeEmail(email);
        Query.Where(u => u.Email == normalized);
    }
}

public sealed class PortalUserByIdSpec : SingleResultSpecification<PortalUser>
{
    public PortalUserByIdSpec(PortalUserId id) => Query.Where(u => u.Id == id);
}

/// <summary>A user of one company: another company's user is simply not found.</summary>
public sealed class CompanyUserByIdSpec : SingleResultSpecification<PortalUser>
{
    public CompanyUserByIdSpec(CompanyId companyId, PortalUserId id) => Query.Where(u => u.CompanyId == companyId && u.Id == id);
}

public sealed class ActiveAdminsOfCompanySpec : Specification<PortalUser>
{
    public ActiveAdminsOfCompanySpec(CompanyId companyId) =>
        Query.Where(u => u.CompanyId == companyId && u.Role == UserRole.Admin && u.Status == UserStatus.Active);
}
