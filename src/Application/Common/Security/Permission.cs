namespace EmployerPortal.Application.Common.Security;

/// <summary>What an employer user may do (DESIGN §2). Granted per role by <see cref="PermissionMatrix"/>.</summary>
public enum Permission
{
    ViewCompanyAccount,
    EditCompanyAccount,

    /// <summary>Change a location's standing instructions for clinic staff (within the user's locations).</summary>
    EditLocationInstructions,
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

    /// <summary>See the employee roster and compliance due dates (within the user's locations).</summary>
    ViewRoster,

    /// <summary>Import the roster and edit employees by hand.</summary>
    ManageRoster,
}
