using EmployerPortal.Application.Results.Queries.SearchResults;
using FluentValidation;

namespace EmployerPortal.Application.Results.Commands.ExportResults;

/// <summary>The search's own filter rules (one place: <see cref="SearchResultsValidator"/>), with the same field names.</summary>
public sealed class ExportResultsValidator : AbstractValidator<ExportResultsCommand>
{
    public ExportResultsValidator()
    {
        RuleFor(c => c.Criteria).Custom((criteria, context) =>
        {
            foreach (var failure in ResultFilterValidation.Failures(criteria))
            {
                context.AddFailure(failure);
            }
        });
    }
}
