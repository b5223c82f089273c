using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Results.Queries.SearchResults;
using Mediator;

namespace EmployerPortal.Application.Results.Queries.ListMatchingResults;

/// <summary>
/// "Select all that match": the ids of every document the search matches, in its order, for the merged download.
/// Scoped by the data layer like the search, so it never names another company's, location's or (for a non-DER)
/// drug and alcohol document; more than one merged PDF holds is refused with the reason.
/// </summary>
[RequiresPermission(Permission.ViewResults)]
public sealed record ListMatchingResultsQuery(ResultSearchCriteria Criteria) : IQuery<IReadOnlyList<Guid>>;

public sealed class ListMatchingResultsHandler(IResultReadModel results) : IQueryHandler<ListMatchingResultsQuery, IReadOnlyList<Guid>>
{
    public async ValueTask<IReadOnlyList<Guid>> Handle(ListMatchingResultsQuery query, CancellationToken cancellationToken)
    {
        var ids = await results.ListIdsAsync(query.Criteria, ResultLimits.MaxMergeDocuments + 1, cancellationToken);
        if (ids.Count > ResultLimits.MaxMergeDocuments)
        {
            throw ValidationFailedException.ForField(nameof(query.Criteria), TooManyToMerge);
        }

        return ids;
    }

    public static string TooManyToMerge { get; } =
        $"One merged PDF can hold at most {ResultLimits.MaxMergeDocuments} documents. Narrow the search to {ResultLimits.MaxMergeDocuments} or fewer results to select them all.";
}
