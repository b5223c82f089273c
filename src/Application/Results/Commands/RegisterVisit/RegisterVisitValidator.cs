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
        RuleFor(c => c.ExternalVisitId).NotEmpty().WithMessage("Give the clinic system's visit id.").MaximumLength(100).WithMessage("A visit id can be at most 100 characters.").PlainText();
        RuleFor(c => c.CompanyAccountNumber).NotEmpty().WithMessage("Give the company's account number.").Must(AccountNumber.IsValid).WithMessage("An account number is 4 to 10 digits.");
        RuleFor(c => c.Employee).NotNull().WithMessage("Give the employee: first and last name and date of birth.").ChildRules(employee =>
        {
            employee.RuleFor(e => e!.FirstName).NotEmpty().WithMessage("Give the employee's first name.").MaximumLength(100).WithMessage("A first name can be at most 100 characters.").PlainText();
            employee.RuleFor(e => e!.LastName).NotEmpty().WithMessage("Give the employee's last name.").MaximumLength(100).WithMessage("A last name can be at most 100 characters.").PlainText();
            employee.RuleFor(e => e!.DateOfBirth).NotNull().WithMessage("Give the employee's date of birth.");
            employee.RuleFor(e => e!.EmployeeId).MaximumLength(50).WithMessage("An employee ID can be at most 50 characters.").PlainText();
        });
        RuleFor(c => c.Category).NotEmpty().WithMessage("Give the category: Injury or NonInjury.").IsEnumName(typeof(VisitCategory), caseSensitive: false)
            .WithMessage("Category is Injury or NonInjury.");
        RuleFor(c => c.ScheduledAt).NotNull().WithMessage("Give the time the visit is scheduled for.");
        RuleFor(c => c.Clinic).NotEmpty().WithMessage("Give the clinic's name.").MaximumLength(200).WithMessage("A clinic name can be at most 200 characters.").PlainText();
        RuleFor(c => c.LocationCode)
            .Must(Domain.Companies.CompanyLocation.IsValidCode)
            .WithMessage("A location code is 1 to 10 letters, digits or hyphens, e.g. PHX; without one the visit is at MAIN.")
            .When(c => !string.IsNullOrWhiteSpace(c.LocationCode));
        RuleFor(c => c.AuthorizationNumber).MaximumLength(20).WithMessage("An authorization number can be at most 20 characters.").PlainText();
        RuleFor(c => c.InjuryCase!).SetValidator(new InjuryCaseInputValidator()).When(c => c.InjuryCase is not null);
    }
}
