using FluentValidation.Results;

namespace EmployerPortal.Application.Results.Queries.SearchResults;

/// <summary>
/// The filter rules of a results search, for the messages that act on every row the search matches (the CSV export,
/// "select all that match"): the search's validator itself on the first page, so a filter rule is stated once.
/// </summary>
public static class ResultFilterValidation
{
    private static readonly SearchResultsValidator Search = new();

    public static IEnumerable<ValidationFailure> Failures(ResultSearchCriteria criteria) =>
        Search.Validate(new SearchResultsQuery(criteria with { Page = 1, PageSize = ResultLimits.DefaultPageSize })).Errors;
}
