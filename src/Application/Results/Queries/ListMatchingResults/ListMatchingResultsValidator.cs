using EmployerPortal.Application.Results.Queries.SearchResults;
using FluentValidation;

namespace EmployerPortal.Application.Results.Queries.ListMatchingResults;

/// <summary>The search's own filter rules (<see cref="SearchResultsValidator"/>), with the same field names.</summary>
public sealed class ListMatchingResultsValidator : AbstractValidator<ListMatchingResultsQuery>
{
    public ListMatchingResultsValidator()
    {
        RuleFor(q => q.Criteria).Custom((criteria, context) =>
        {
            foreach (var failure in ResultFilterValidation.Failures(criteria))
            {
                context.AddFailure(failure);
            }
        });
    }
}
