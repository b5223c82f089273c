using EmployerPortal.Application.Common.Validation;
using EmployerPortal.Domain.Authorizations;
using FluentValidation;

namespace EmployerPortal.Application.Authorizations.Queries.SearchAuthorizations;

public sealed class SearchAuthorizationsValidator : AbstractValidator<SearchAuthorizationsQuery>
{
    public SearchAuthorizationsValidator()
    {
        RuleFor(q => q.Criteria).NotNull().WithMessage("Give the search.").ChildRules(criteria =>
        {
            criteria.RuleFor(c => c.Number)
                .Must(n => AuthorizationNumber.TryParse(n, out _))
                .When(c => !string.IsNullOrWhiteSpace(c.Number))
                .WithMessage(new AuthorizationNumberMustBeValid(null).Message);
            criteria.RuleFor(c => c.EmployeeName).MaximumLength(200)
                .WithMessage("A name search can be at most 200 characters long. Shorten it and search again.");
            criteria.RuleFor(c => c.Location).MaximumLength(10).WithMessage("Choose a location from the list.").PlainText();
            criteria.RuleFor(c => c.Status).IsInEnum().WithMessage("Choose a status from the list.");
            criteria.RuleFor(c => c.Reason).IsInEnum().WithMessage("Choose injury or non-injury.");
            criteria.RuleFor(c => c.Sort).IsInEnum().WithMessage("Choose an order from the list.");
            criteria.RuleFor(c => c.CreatedFrom).ReasonableDate();
            criteria.RuleFor(c => c.CreatedTo).ReasonableDate();
            criteria.RuleFor(c => c.CreatedTo)
                .GreaterThanOrEqualTo(c => c.CreatedFrom)
                .When(c => c.CreatedFrom is not null && c.CreatedTo is not null)
                .WithMessage("The end of the date range cannot be before its start.");
            criteria.RuleFor(c => c.Page).GreaterThanOrEqualTo(1).WithMessage("Pages are numbered from 1.");
            criteria.RuleFor(c => c.PageSize).InclusiveBetween(1, SearchAuthorizationsQuery.MaxPageSize).WithMessage($"Show 1 to {SearchAuthorizationsQuery.MaxPageSize} authorizations per page.");
        });
    }
}
