using EmployerPortal.Application.Common.Security;
using EmployerPortal.Domain.Users;

namespace EmployerPortal.Application.UnitTests.Common;

public sealed class PermissionMatrixTests
{
    [Theory]
    [InlineData(Permission.ViewCompanyAccount, true)]
    [InlineData(Permission.EditCompanyAccount, false)]
    [InlineData(Permission.EditLocationInstructions, false)]
    [InlineData(Permission.ViewAuthorizations, true)]
    [InlineData(Permission.CreateAuthorizations, true)]
    [InlineData(Permission.DeleteAuthorizations, false)]
    [InlineData(Permission.GrantUserAccess, false)]
    [InlineData(Permission.EditUserAccess, false)]
    [InlineData(Permission.ViewResults, true)]
    [InlineData(Permission.ManageOwnReportSubscriptions, true)]
    [InlineData(Permission.ViewAuditTrail, false)]
    [InlineData(Permission.ViewDashboard, true)]
    [InlineData(Permission.ViewInjuryCases, true)]
    [InlineData(Permission.ManageOshaRecords, false)]
    [InlineData(Permission.ViewRoster, true)]
    [InlineData(Permission.ManageRoster, false)]
    public void View_only_users_get_exactly_the_permissions_of_design_section_2(Permission permission, bool allowed) =>
        PermissionMatrix.Allows(UserRole.ViewOnly, permission).ShouldBe(allowed);

    [Fact]
    public void Admins_get_every_permission() =>
        Enum.GetValues<Permission>().ShouldAllBe(p => PermissionMatrix.Allows(UserRole.Admin, p));

    [Fact]
    public void An_Admin_limited_to_locations_has_every_permission_but_the_company_account_edit_and_the_access_history()
    {
        var limited = Enum.GetValues<Permission>().Where(p => PermissionMatrix.Allows(UserRole.Admin, p, isCompanyWide: false)).ToHashSet();

        limited.ShouldBe(Enum.GetValues<Permission>().Except([Permission.EditCompanyAccount, Permission.ViewAuditTrail]), ignoreOrder: true);
        PermissionMatrix.Allows(UserRole.Admin, Permission.EditCompanyAccount, isCompanyWide: true).ShouldBeTrue();
        PermissionMatrix.Allows(UserRole.ViewOnly, Permission.ViewResults, isCompanyWide: false).ShouldBeTrue();
    }
}
