using EmployerPortal.Application.Authorizations.Specifications;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Common.Time;
using EmployerPortal.Domain.Authorizations;
using Mediator;

namespace EmployerPortal.Application.Authorizations.Queries.SearchAuthorizations;

public enum AuthorizationSort
{
    CreatedAt,
    Number,
    EmployeeName,
    ValidUntil,
}

/// <summary>What the list can be searched by. Every criterion is optional; dates are calendar days, inclusive.</summary>
public sealed record AuthorizationSearchCriteria(
    string? Number = null,
    string? EmployeeName = null,
    AuthorizationStatus? Status = null,
    AuthorizationReason? Reason = null,
    DateOnly? CreatedFrom = null,
    DateOnly? CreatedTo = null,
    AuthorizationSort Sort = AuthorizationSort.CreatedAt,
    bool Descending = true,
    int Page = 1,
    int PageSize = SearchAuthorizationsQuery.DefaultPageSize,
    string? Location = null)
{
    /// <summary>The location filter's code, upper case; null for every location the user sees.</summary>
    public string? LocationCode => string.IsNullOrWhiteSpace(Location) ? null : Domain.Companies.CompanyLocation.NormalizeCode(Location);

    /// <summary>The typed number when it is a valid one; the validator refuses any other.</summary>
    public AuthorizationNumber? ParsedNumber => AuthorizationNumber.TryParse(Number, out var parsed) ? parsed : null;
}

/// <summary>The signed-in user's company's authorizations, searched, sorted and paged.</summary>
[RequiresPermission(Permission.ViewAuthorizations)]
public sealed record SearchAuthorizationsQuery(AuthorizationSearchCriteria Criteria) : IQuery<AuthorizationSearchResult>
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
}

public sealed class SearchAuthorizationsHandler(IReadRepository<Authorization> authorizations, ICompanyClock companyClock)
    : IQueryHandler<SearchAuthorizationsQuery, AuthorizationSearchResult>
{
    public async ValueTask<AuthorizationSearchResult> Handle(SearchAuthorizationsQuery query, CancellationToken cancellationToken)
    {
        var today = (await companyClock.ForTenantAsync(cancellationToken)).Today;
        var spec = new AuthorizationsForSearchSpec(query.Criteria, today);
        var total = await authorizations.CountAsync(spec, cancellationToken);
        var rows = await authorizations.ListAsync(spec, cancellationToken);
        var items = rows
            .Select(r => r with { Status = Authorization.StatusOn(r.Status, r.ValidUntil, today) })
            .ToList();
        return new AuthorizationSearchResult(items, total, query.Criteria.Page, query.Criteria.PageSize);
    }
}
