using EmployerPortal.Application.Common.Validation;
using FluentValidation;

namespace EmployerPortal.Application.Audit.Queries.GetAccessHistory;

public sealed class GetAccessHistoryValidator : AbstractValidator<GetAccessHistoryQuery>
{
    public GetAccessHistoryValidator()
    {
        RuleFor(q => q.Employee).MaximumLength(100).WithMessage("An employee name search can be at most 100 characters.");
        RuleFor(q => q.Action).MaximumLength(60).WithMessage("Choose an action from the list.");
        RuleFor(q => q.From).ReasonableDate();
        RuleFor(q => q.To).ReasonableDate();
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("The end date must not be before the start date.");
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("Pages are numbered from 1.");
    }
}
