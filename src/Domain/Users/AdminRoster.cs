using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;

namespace EmployerPortal.Domain.Users;

/// <summary>
/// The one home of the rule across a company's users — it keeps at least one active Admin. A role change or a
/// disable goes through here: the user's own rules are checked against the company's current count of active Admins,
/// and removing an active Admin bumps the company's roster token, so two concurrent removals cannot both commit.
/// </summary>
public sealed class AdminRoster
{
    private readonly Company company;
    private readonly int activeAdmins;

    /// <param name="activeAdmins">How many active Admins the company has now.</param>
    public AdminRoster(Company company, int activeAdmins)
    {
        this.company = company;
        this.activeAdmins = activeAdmins;
    }

    public void ChangeRole(PortalUser user, UserRole role, PortalUserId actor, DateTimeOffset now) =>
        Change(user, () => user.ChangeRole(role, actor, activeAdmins, now));

    public void Disable(PortalUser user, PortalUserId actor, DateTimeOffset now) =>
        Change(user, () => user.Disable(actor, activeAdmins, now));

    private void Change(PortalUser user, Action change)
    {
        if (user.CompanyId != company.Id)
        {
            throw new InvalidOperationException("A user's access is changed within their own company's roster.");
        }

        var wasActiveAdmin = user.IsActiveAdmin;
        change();
        if (wasActiveAdmin && !user.IsActiveAdmin)
        {
            company.RecordAdminRemoval();
        }
    }
}
