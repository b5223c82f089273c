using System.Collections.Frozen;
using EmployerPortal.Domain.Users;

namespace EmployerPortal.Application.Common.Security;

/// <summary>The permission matrix of DESIGN §2, declared once. The pipeline and the UI both read it.</summary>
public static class PermissionMatrix
{
    private static readonly FrozenDictionary<UserRole, FrozenSet<Permission>> Grants = new Dictionary<UserRole, FrozenSet<Permission>>
    {
        [UserRole.Admin] = Enum.GetValues<Permission>().ToFrozenSet(),
        [UserRole.ViewOnly] = new[]
        {
            Permission.ViewCompanyAccount,
            Permission.ViewAuthorizations,
            Permission.CreateAuthorizations,
            Permission.ViewResults,
            Permission.ManageOwnReportSubscriptions,
            Permission.ViewDashboard,
            Permission.ViewInjuryCases,
            Permission.ViewRoster,
        }.ToFrozenSet(),
    }.ToFrozenDictionary();

    /// <summary>
    /// What concerns the company as a whole, which a location-scoped user does not do whatever their role: edit the
    /// company's own details, and read the access history, which names documents and employees of every location.
    /// </summary>
    public static readonly FrozenSet<Permission> CompanyWideOnly = new[] { Permission.EditCompanyAccount, Permission.ViewAuditTrail }.ToFrozenSet();

    public static bool Allows(UserRole role, Permission permission) =>
        Grants.TryGetValue(role, out var granted) && granted.Contains(permission);

    /// <param name="isCompanyWide">Whether the user sees every location (no location scope).</param>
    public static bool Allows(UserRole role, Permission permission, bool isCompanyWide) =>
        Allows(role, permission) && (isCompanyWide || !CompanyWideOnly.Contains(permission));

    public static IReadOnlySet<Permission> PermissionsOf(UserRole role) => Grants[role];
}
