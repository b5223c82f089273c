using EmployerPortal.Application.Common.Validation;
using FluentValidation;

namespace EmployerPortal.Application.InjuryCases.Commands.CorrectOsha300;

/// <summary>The shape of a correction; the 180-day cap is the case's rule (its message reaches the field).</summary>
public sealed class CorrectOsha300Validator : AbstractValidator<CorrectOsha300Command>
{
    public CorrectOsha300Validator()
    {
        RuleFor(c => c.Classification).IsInEnum().WithMessage("Choose death, days away, job transfer or restriction, or other recordable case.");
        RuleFor(c => c.JobTitle).MaximumLength(100).WithMessage("The job title can be at most 100 characters.").PlainText();
        RuleFor(c => c.WhereOccurred).MaximumLength(200).WithMessage("Where the event occurred can be at most 200 characters.").PlainText();
        RuleFor(c => c.Description).MaximumLength(500).WithMessage("The description can be at most 500 characters.").FreeText();
    }
}
