using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Application.Users.Specifications;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Users;

namespace EmployerPortal.Application.Users;

/// <summary>Loads the tenant company's <see cref="AdminRoster"/>: the company and its current count of active company-wide Admins.</summary>
internal static class AdminRosters
{
    public static async Task<AdminRoster> LoadAsync(IRepository<Company> companies, IRepository<PortalUser> users, CancellationToken cancellationToken)
    {
        var company = await companies.FirstOrDefaultAsync(new CurrentCompanySpec(), cancellationToken)
            ?? throw new NotFoundException("Company");
        var activeAdmins = await users.ListAsync(new ActiveAdminsOfCompanySpec(), cancellationToken);
        return new AdminRoster(company, activeAdmins.Count(admin => admin.IsCompanyWide));
    }
}
