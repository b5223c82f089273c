using EmployerPortal.Application.Common.Validation;
using FluentValidation;

namespace EmployerPortal.Application.Companies.Commands.ChangeLocationInstructions;

public sealed class ChangeLocationInstructionsValidator : AbstractValidator<ChangeLocationInstructionsCommand>
{
    public ChangeLocationInstructionsValidator() =>
        RuleFor(c => c.SpecialInstructions).MaximumLength(2000).WithMessage("Instructions for clinic staff can be at most 2,000 characters.").FreeText();
}
