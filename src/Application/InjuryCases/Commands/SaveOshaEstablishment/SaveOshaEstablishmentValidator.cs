using EmployerPortal.Application.Common.Validation;
using FluentValidation;

namespace EmployerPortal.Application.InjuryCases.Commands.SaveOshaEstablishment;

public sealed class SaveOshaEstablishmentValidator : AbstractValidator<SaveOshaEstablishmentCommand>
{
    public const int MostEmployees = 1_000_000;
    public const long MostHours = 10_000_000_000;

    public SaveOshaEstablishmentValidator()
    {
        RuleFor(c => c.EstablishmentName).NotEmpty().WithMessage("Enter the establishment's name.")
            .MaximumLength(200).WithMessage("The establishment name can be at most 200 characters.").PlainText();
        RuleFor(c => c.Street).NotEmpty().WithMessage("Enter the street.")
            .MaximumLength(200).WithMessage("The street can be at most 200 characters.").PlainText();
        RuleFor(c => c.City).NotEmpty().WithMessage("Enter the city.")
            .MaximumLength(100).WithMessage("The city can be at most 100 characters.").PlainText();
        RuleFor(c => c.State).NotEmpty().WithMessage("Enter the state.").UsStateCode();
        RuleFor(c => c.PostalCode).NotEmpty().WithMessage("Enter the ZIP code.").ZipCode();
        RuleFor(c => c.IndustryDescription).NotEmpty().WithMessage("Describe the industry, such as \"Trucking and warehousing\".")
            .MaximumLength(200).WithMessage("The industry description can be at most 200 characters.").PlainText();
        RuleFor(c => c.NaicsCode).NotEmpty().WithMessage("Enter the NAICS code.")
            .Matches("^[0-9]{2,6}$").WithMessage("A NAICS code is 2 to 6 digits, such as 484121.");
        RuleFor(c => c.AverageEmployees).NotNull().WithMessage("Enter the annual average number of employees.")
            .InclusiveBetween(1, MostEmployees).WithMessage($"Enter a whole number of employees from 1 to {MostEmployees:N0}.");
        RuleFor(c => c.HoursWorked).NotNull().WithMessage("Enter the total hours worked by all employees in the year.")
            .InclusiveBetween(0, MostHours).WithMessage($"Enter the hours as a whole number from 0 to {MostHours:N0}.");
    }
}
