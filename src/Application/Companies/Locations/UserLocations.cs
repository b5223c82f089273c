using EmployerPortal.Application.Common.Security;
using EmployerPortal.Domain.Companies;

namespace EmployerPortal.Application.Companies.Locations;

/// <summary>The locations a user sees: all of the company's for a company-wide user, their own for a location-scoped one.</summary>
public static class UserLocations
{
    public static IReadOnlyList<CompanyLocation> SeenBy(Company company, ICurrentUser user) =>
        user.LocationCodes.Count == 0 ? company.Locations : [.. company.Locations.Where(l => user.LocationCodes.Contains(l.Code, StringComparer.Ordinal))];
}
