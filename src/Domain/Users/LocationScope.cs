namespace EmployerPortal.Domain.Users;

/// <summary>
/// What one scope of locations takes in. A scope is a set of location codes; the empty scope is the whole company.
/// A location-scoped Admin manages the users their scope covers and grants no location outside it.
/// </summary>
public static class LocationScope
{
    /// <summary>
    /// Whether a user with <paramref name="scope"/> sees everything seen by one with <paramref name="codes"/>: a
    /// company-wide scope covers all; a limited one covers only limited scopes within it, never the whole company.
    /// </summary>
    public static bool Covers(IReadOnlyCollection<string> scope, IReadOnlyCollection<string> codes) =>
        scope.Count == 0 || (codes.Count > 0 && codes.All(code => scope.Contains(code, StringComparer.OrdinalIgnoreCase)));
}
