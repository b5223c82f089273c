using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Users;

namespace EmployerPortal.Application.Common.Security;

/// <summary>
/// Whose records the data layer lets through in this scope (EF Core query filters read it on every query).
/// An employer user sees their own company's records only; any other sender sees none, until a message declares
/// <see cref="AcrossCompaniesAttribute"/> or system code narrows the scope to one company or to what one user sees.
/// </summary>
public interface ITenantContext
{
    /// <summary>The company whose records are visible, or null when none is (or all are).</summary>
    CompanyId? CompanyId { get; }

    /// <summary>True while system work reads across companies (the named opt-out).</summary>
    bool IsAcrossCompanies { get; }

    /// <summary>
    /// Whether drug- and alcohol-testing documents exist for this sender: for a DER and for ops and system work, not
    /// for any other employer user (for them such documents are not listed, counted, merged or found by id).
    /// </summary>
    bool SeesDrugAndAlcohol { get; }

    /// <summary>
    /// The locations whose records are visible, or null for all of the company's: a location-scoped user sees their
    /// locations only; system work narrowed to a company sees all of it.
    /// </summary>
    IReadOnlyList<string>? LocationCodes { get; }

    /// <summary>Lets the enclosed reads see every company's records, until disposed.</summary>
    IDisposable AcrossCompanies();

    /// <summary>Narrows the enclosed reads to one company (system work for the whole company), until disposed.</summary>
    IDisposable ForCompany(CompanyId companyId);

    /// <summary>
    /// Narrows the enclosed reads to what one user sees (a job acting for a subscriber): their company, their
    /// locations, and drug and alcohol documents only if they are a DER — until disposed.
    /// </summary>
    IDisposable ForUser(PortalUser user);
}

/// <summary>The tenant of the current sender, with the scope changes system code makes stacked on top.</summary>
public sealed class TenantContext(ICurrentUser currentUser) : ITenantContext
{
    private readonly Stack<Scope> overrides = new();

    public CompanyId? CompanyId => overrides.TryPeek(out var scope)
        ? scope.CompanyId
        : currentUser.Kind == ActorKind.Employer ? currentUser.CompanyId : null;

    public bool IsAcrossCompanies => overrides.TryPeek(out var scope) && scope.AcrossCompanies;

    public bool SeesDrugAndAlcohol => overrides.TryPeek(out var scope) && scope.User is { } user
        ? user.IsDer
        : currentUser.Kind != ActorKind.Employer || currentUser.IsDer;

    public IReadOnlyList<string>? LocationCodes => overrides.TryPeek(out var scope)
        ? scope.User is { IsCompanyWide: false } user ? user.LocationCodes : null
        : currentUser.Kind == ActorKind.Employer && currentUser.LocationCodes.Count > 0 ? currentUser.LocationCodes : null;

    public IDisposable AcrossCompanies() => Push(new Scope(null, AcrossCompanies: true, User: null));

    public IDisposable ForCompany(CompanyId companyId) => Push(new Scope(companyId, AcrossCompanies: false, User: null));

    public IDisposable ForUser(PortalUser user) => Push(new Scope(user.CompanyId, AcrossCompanies: false, user));

    private Restore Push(Scope scope)
    {
        overrides.Push(scope);
        return new Restore(overrides, scope);
    }

    private sealed record Scope(CompanyId? CompanyId, bool AcrossCompanies, PortalUser? User);

    private sealed class Restore(Stack<Scope> overrides, Scope pushed) : IDisposable
    {
        private bool disposed;

        public void Dispose()
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            if (!overrides.TryPeek(out var top) || !ReferenceEquals(top, pushed))
            {
                throw new InvalidOperationException("Tenant scopes must be left in the order they were entered.");
            }

            overrides.Pop();
        }
    }
}

/// <summary>
/// The named opt-out from company scope: the message's handler reads across companies (ops ingestion, scheduled
/// sweeps, links that arrive by email). Only ops, system and anonymous messages may carry it; a test says so.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class AcrossCompaniesAttribute(string why) : Attribute
{
    public string Why { get; } = why;
}
