namespace EmployerPortal.Application.Common.Security;

/// <summary>What an employer user may do (DESIGN §2). Granted per role by <see cref="PermissionMatrix"/>.</summary>
public enum Permission
{
    ViewCompanyAccount,
    EditCompanyAccount,
    ViewAuthorizations,
    CreateAuthorizations,
    DeleteAuthorizations,
    GrantUserAccess,
    EditUserAccess,
    ViewResults,
    ManageOwnReportSubscriptions,
    ViewAuditTrail,
    ViewDashboard,
    ViewInjuryCases,
    ManageOshaRecords,
}
