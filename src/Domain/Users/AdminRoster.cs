using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;

namespace EmployerPortal.Domain.Users;

/// <summary>
/// The one home of the rule across a company's users — it keeps at least one active Admin who sees every location. A
/// role change, a disable or a change of locations goes through here: the user's own rules are checked against the
/// company's current count of active company-wide Admins, and removing one bumps the company's roster token, so two
/// concurrent removals cannot both commit.
/// </summary>
public sealed class AdminRoster
{
    private readonly Company company;
    private readonly int companyWideAdmins;

    /// <param name="companyWideAdmins">How many active company-wide Admins the company has now.</param>
    public AdminRoster(Company company, int companyWideAdmins)
    {
        this.company = company;
        this.companyWideAdmins = companyWideAdmins;
    }

    public Company Company => company;

    public void ChangeRole(PortalUser user, UserRole role, PortalUserId actor, DateTimeOffset now) =>
        Change(user, () => user.ChangeRole(role, actor, companyWideAdmins, now));

    public void Disable(PortalUser user, PortalUserId actor, DateTimeOffset now) =>
        Change(user, () => user.Disable(actor, companyWideAdmins, now));

    public void ChangeLocations(PortalUser user, IEnumerable<string> locationCodes, PortalUserId actor, DateTimeOffset now) =>
        Change(user, () => user.ChangeLocations(locationCodes, actor, companyWideAdmins, now));

    private void Change(PortalUser user, Action change)
    {
        if (user.CompanyId != company.Id)
        {
            throw new InvalidOperationException("A user's access is changed within their own company's roster.");
        }

        var wasCompanyWideAdmin = user.IsActiveCompanyWideAdmin;
        change();
        if (wasCompanyWideAdmin && !user.IsActiveCompanyWideAdmin)
        {
            company.RecordAdminRemoval();
        }
    }
}
