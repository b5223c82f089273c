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

    public static bool Allows(UserRole role, Permission permission) =>
        Grants.TryGetValue(role, out var granted) && granted.Contains(permission);

    public static IReadOnlySet<Permission> PermissionsOf(UserRole role) => Grants[role];
}
