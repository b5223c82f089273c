using EmployerPortal.Application.InjuryCases;
using EmployerPortal.Application.Common.Validation;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Results;
using FluentValidation;

namespace EmployerPortal.Application.Results.Commands.RegisterVisit;

public sealed class RegisterVisitValidator : AbstractValidator<RegisterVisitCommand>
{
    public RegisterVisitValidator()
    {
        RuleFor(c => c.ExternalVisitId).NotEmpty().MaximumLength(100).PlainText();
        RuleFor(c => c.CompanyAccountNumber).NotEmpty().Must(AccountNumber.IsValid).WithMessage("An account number is 4 to 10 digits.");
        RuleFor(c => c.Employee).NotNull().ChildRules(employee =>
        {
            employee.RuleFor(e => e!.FirstName).NotEmpty().MaximumLength(100).PlainText();
            employee.RuleFor(e => e!.LastName).NotEmpty().MaximumLength(100).PlainText();
            employee.RuleFor(e => e!.DateOfBirth).NotNull();
            employee.RuleFor(e => e!.EmployeeId).MaximumLength(50).PlainText();
        });
        RuleFor(c => c.Category).NotEmpty().IsEnumName(typeof(VisitCategory), caseSensitive: false)
            .WithMessage("Category is Injury or NonInjury.");
        RuleFor(c => c.ScheduledAt).NotNull();
        RuleFor(c => c.Clinic).NotEmpty().MaximumLength(200).PlainText();
        RuleFor(c => c.LocationCode)
            .Must(Domain.Companies.CompanyLocation.IsValidCode)
            .WithMessage("A location code is 1 to 10 letters, digits or hyphens, e.g. PHX; without one the visit is at MAIN.")
            .When(c => !string.IsNullOrWhiteSpace(c.LocationCode));
        RuleFor(c => c.AuthorizationNumber).MaximumLength(20).PlainText();
        RuleFor(c => c.InjuryCase!).SetValidator(new InjuryCaseInputValidator()).When(c => c.InjuryCase is not null);
    }
}
