using EmployerPortal.Application.Common.Validation;
using FluentValidation;

namespace EmployerPortal.Application.Reports.Commands.RunReport;

public sealed class RunReportValidator : AbstractValidator<RunReportCommand>
{
    public const int MaxDays = 366;

    public RunReportValidator()
    {
        RuleFor(c => c.Kind).IsInEnum().WithMessage("Choose a report from the list.");
        RuleFor(c => c.Format).IsInEnum().WithMessage("Choose PDF or CSV.");
        RuleFor(c => c.Location).Must(code => string.IsNullOrWhiteSpace(code) || Domain.Companies.CompanyLocation.IsValidCode(code))
            .WithMessage("Choose a location from the list.");
        RuleFor(c => c.From).ReasonableDate();
        RuleFor(c => c.To).ReasonableDate();
        RuleFor(c => c.To).GreaterThanOrEqualTo(c => c.From).WithMessage("The end date must not be before the start date.");
        RuleFor(c => c.To)
            .Must((c, to) => to.DayNumber - c.From.DayNumber < MaxDays)
            .WithMessage($"A report covers at most {MaxDays} days.");
    }
}
