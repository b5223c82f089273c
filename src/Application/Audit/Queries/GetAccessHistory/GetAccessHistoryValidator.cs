using EmployerPortal.Application.Common.Validation;
using FluentValidation;

namespace EmployerPortal.Application.Audit.Queries.GetAccessHistory;

public sealed class GetAccessHistoryValidator : AbstractValidator<GetAccessHistoryQuery>
{
    public GetAccessHistoryValidator()
    {
        RuleFor(q => q.Employee).MaximumLength(100);
        RuleFor(q => q.Action).MaximumLength(60);
        RuleFor(q => q.From).ReasonableDate();
        RuleFor(q => q.To).ReasonableDate();
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("The end date must not be before the start date.");
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
    }
}
