using EmployerPortal.Application.Common.Validation;
using FluentValidation;

namespace EmployerPortal.Application.Results.Queries.GetVisitStatusBoard;

public sealed class GetVisitStatusBoardValidator : AbstractValidator<GetVisitStatusBoardQuery>
{
    public const int MaxDays = 93;

    public GetVisitStatusBoardValidator()
    {
        RuleFor(q => q.From).ReasonableDate();
        RuleFor(q => q.To).ReasonableDate();
        RuleFor(q => q.Location).MaximumLength(10).WithMessage("Choose a location from the list.").PlainText();
        RuleFor(q => q)
            .Must(q => q.From is null || q.To is null || q.From <= q.To)
            .OverridePropertyName("To")
            .WithMessage("The end date is before the start date.");
        RuleFor(q => q)
            .Must(q => q.From is null || q.To is null || q.To.Value.DayNumber - q.From.Value.DayNumber <= MaxDays)
            .OverridePropertyName("From")
            .WithMessage($"Show at most {MaxDays} days at once.");
    }
}
