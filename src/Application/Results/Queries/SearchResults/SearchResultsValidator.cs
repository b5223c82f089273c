using EmployerPortal.Application.Common.Validation;
using FluentValidation;

namespace EmployerPortal.Application.Results.Queries.SearchResults;

public sealed class SearchResultsValidator : AbstractValidator<SearchResultsQuery>
{
    public SearchResultsValidator()
    {
        RuleFor(q => q.Criteria.PageSize).InclusiveBetween(1, ResultLimits.MaxPageSize).OverridePropertyName("PageSize").WithMessage($"Show 1 to {ResultLimits.MaxPageSize} results per page.");
        RuleFor(q => q.Criteria.Page).GreaterThanOrEqualTo(1).OverridePropertyName("Page").WithMessage("Pages are numbered from 1.");
        RuleFor(q => q.Criteria)
            .Must(c => (long)(c.Page - 1) * c.PageSize < ResultLimits.MaxSearchRows)
            .OverridePropertyName("Page")
            .WithMessage($"Searches page through the first {ResultLimits.MaxSearchRows:N0} results only; narrow the search.");
        RuleFor(q => q.Criteria.EmployeeName).MaximumLength(100).OverridePropertyName("EmployeeName")
            .WithMessage("A name search can be at most 100 characters long. Shorten it and search again.");
        RuleFor(q => q.Criteria.EmployeeId).MaximumLength(50).OverridePropertyName("EmployeeId")
            .WithMessage("An employee ID can be at most 50 characters long.");
        RuleFor(q => q.Criteria.Location).Must(code => string.IsNullOrWhiteSpace(code) || Domain.Companies.CompanyLocation.IsValidCode(code))
            .OverridePropertyName("Location").WithMessage("Choose a location from the list.");
        RuleFor(q => q.Criteria.VisitFrom).ReasonableDate().OverridePropertyName("VisitFrom");
        RuleFor(q => q.Criteria.VisitTo).ReasonableDate().OverridePropertyName("VisitTo");
        RuleFor(q => q.Criteria)
            .Must(c => c.VisitFrom is null || c.VisitTo is null || c.VisitFrom <= c.VisitTo)
            .OverridePropertyName("VisitTo")
            .WithMessage("The end of the visit date range is before its start.");
    }
}
