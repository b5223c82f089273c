using EmployerPortal.Application.Common.Security;
using EmployerPortal.Domain.Companies;

namespace EmployerPortal.Application.Authorizations;

/// <summary>Where an authorization may send the employee: the company's locations, narrowed to a location-scoped user's own.</summary>
public static class AuthorizationLocations
{
    public static IReadOnlyList<CompanyLocation> OfferedTo(Company company, ICurrentUser user) =>
        user.LocationCodes.Count == 0 ? company.Locations : [.. company.Locations.Where(l => user.LocationCodes.Contains(l.Code, StringComparer.Ordinal))];

    /// <summary>The location chosen on the form, or the only one offered when there is nothing to choose; null when neither.</summary>
    public static CompanyLocation? Resolve(string? chosen, IReadOnlyList<CompanyLocation> offered) =>
        string.IsNullOrWhiteSpace(chosen)
            ? offered.Count == 1 ? offered[0] : null
            : offered.FirstOrDefault(l => l.Code == CompanyLocation.NormalizeCode(chosen));
}
