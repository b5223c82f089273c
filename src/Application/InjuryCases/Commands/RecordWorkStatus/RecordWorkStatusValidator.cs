using EmployerPortal.Application.Common.Validation;
using EmployerPortal.Domain.InjuryCases;
using FluentValidation;

namespace EmployerPortal.Application.InjuryCases.Commands.RecordWorkStatus;

public sealed class RecordWorkStatusValidator : AbstractValidator<RecordWorkStatusCommand>
{
    public const int MaxRestrictions = 10;

    public RecordWorkStatusValidator()
    {
        RuleFor(c => c.Status).NotEmpty().WithMessage("Enter the work status: FullDuty, ModifiedDuty or OffWork.")
            .IsEnumName(typeof(WorkStatus), caseSensitive: false).WithMessage("The work status is FullDuty, ModifiedDuty or OffWork.");
        RuleFor(c => c.Restrictions).Must(r => r is null || r.Count <= MaxRestrictions)
            .WithMessage($"Send at most {MaxRestrictions} restrictions.");
        RuleForEach(c => c.Restrictions).MaximumLength(200).WithMessage("Keep each restriction to 200 characters.").PlainText();
        RuleFor(c => c.EffectiveFrom).NotNull().WithMessage("Enter the date the work status takes effect.");
        RuleFor(c => c.ExpectedFullDutyOn)
            .GreaterThanOrEqualTo(c => c.EffectiveFrom)
            .WithMessage("The expected full-duty date cannot be before the work status takes effect.")
            .When(c => c.ExpectedFullDutyOn is not null && c.EffectiveFrom is not null);
    }
}
