using EmployerPortal.Application.Common.Validation;
using EmployerPortal.Domain.Companies;
using FluentValidation;

namespace EmployerPortal.Application.Companies.Commands.ProvisionCompany;

public sealed class ProvisionCompanyValidator : AbstractValidator<ProvisionCompanyCommand>
{
    public ProvisionCompanyValidator()
    {
        RuleFor(c => c.AccountNumber).NotEmpty().Must(AccountNumber.IsValid).WithMessage("An account number is 4 to 10 digits.");
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200).PlainText();
        RuleFor(c => c.Phone).NotEmpty().UsPhoneNumber();
        RuleFor(c => c.Address).NotNull().SetValidator(new AddressInputValidator()!);
        RuleFor(c => c.TimeZone)
            .Must(CompanyTimeZone.IsKnown).WithMessage("Give an IANA time zone, e.g. America/Chicago.")
            .When(c => !string.IsNullOrWhiteSpace(c.TimeZone));
        RuleFor(c => c.FirstAdmin).NotNull().ChildRules(admin =>
        {
            admin.RuleFor(a => a!.Email).NotEmpty().EmailAddressStrict();
            admin.RuleFor(a => a!.FirstName).NotEmpty().MaximumLength(100).PlainText();
            admin.RuleFor(a => a!.LastName).NotEmpty().MaximumLength(100).PlainText();
        });
    }
}

public sealed class AddressInputValidator : AbstractValidator<AddressInput>
{
    public AddressInputValidator()
    {
        RuleFor(a => a.Line1).NotEmpty().MaximumLength(200).PlainText();
        RuleFor(a => a.Line2).MaximumLength(200).PlainText();
        RuleFor(a => a.City).NotEmpty().MaximumLength(100).PlainText();
        RuleFor(a => a.State).NotEmpty().UsStateCode();
        RuleFor(a => a.PostalCode).NotEmpty().ZipCode();
    }
}
