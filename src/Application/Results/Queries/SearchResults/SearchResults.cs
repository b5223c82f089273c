using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Results.Specifications;
using EmployerPortal.Domain.Companies;
using Mediator;

namespace EmployerPortal.Application.Results.Queries.SearchResults;

/// <summary>The company's result documents, newest first unless sorted otherwise, filtered and paged.</summary>
[RequiresPermission(Permission.ViewResults)]
public sealed record SearchResultsQuery(ResultSearchCriteria Criteria) : IQuery<ResultSearchResult>;

public sealed record ResultSearchResult(ResultSearchPage Page, Uri? DrugScreenPortalUrl);

public sealed class SearchResultsHandler(IResultReadModel results, IReadRepository<Company> companies, ICurrentUser currentUser)
    : IQueryHandler<SearchResultsQuery, ResultSearchResult>
{
    public async ValueTask<ResultSearchResult> Handle(SearchResultsQuery query, CancellationToken cancellationToken)
    {
        var page = await results.SearchAsync(currentUser.RequireUserId(), query.Criteria, cancellationToken);
        var drugScreenUrl = await companies.FirstOrDefaultAsync(new CompanyDrugScreenPortalSpec(), cancellationToken);
        return new ResultSearchResult(page, drugScreenUrl);
    }
}
