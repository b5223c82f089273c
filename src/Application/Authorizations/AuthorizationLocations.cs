using EmployerPortal.Domain.Companies;

namespace EmployerPortal.Application.Authorizations;

/// <summary>Which location an authorization is for, among those the user sees (<see cref="Companies.Locations.UserLocations"/>).</summary>
public static class AuthorizationLocations
{
    /// <summary>The location chosen on the form, or the only one offered when there is nothing to choose; null when neither.</summary>
    public static CompanyLocation? Resolve(string? chosen, IReadOnlyList<CompanyLocation> offered) =>
        string.IsNullOrWhiteSpace(chosen)
            ? offered.Count == 1 ? offered[0] : null
            : offered.FirstOrDefault(l => l.Code == CompanyLocation.NormalizeCode(chosen));
}
