using EmployerPortal.Application.Common.Addresses;
using EmployerPortal.Application.Common.Validation;
using EmployerPortal.Domain.Companies;
using FluentValidation;

namespace EmployerPortal.Application.Companies.Commands.ProvisionCompany;

public sealed class ProvisionCompanyValidator : AbstractValidator<ProvisionCompanyCommand>
{
    public ProvisionCompanyValidator()
    {
        RuleFor(c => c.AccountNumber).NotEmpty().WithMessage("Give the company's account number.").Must(AccountNumber.IsValid).WithMessage("An account number is 4 to 10 digits.");
        RuleFor(c => c.Name).NotEmpty().WithMessage("Give the company's name.").MaximumLength(200).WithMessage("A company name can be at most 200 characters.").PlainText();
        RuleFor(c => c.Phone).NotEmpty().WithMessage("Give the company's phone number.").UsPhoneNumber();
        RuleFor(c => c.Address).NotNull().WithMessage("Give the company's address.").SetValidator(new AddressInputValidator()!);
        RuleFor(c => c.TimeZone)
            .Must(CompanyTimeZone.IsKnown).WithMessage("Give an IANA time zone, e.g. America/Chicago.")
            .When(c => !string.IsNullOrWhiteSpace(c.TimeZone));
        RuleFor(c => c.FirstAdmin).NotNull().WithMessage("Give the company's first Admin.").ChildRules(admin =>
        {
            admin.RuleFor(a => a!.Email).NotEmpty().WithMessage("Give the first Admin's email address.").EmailAddressStrict();
            admin.RuleFor(a => a!.FirstName).NotEmpty().WithMessage("Give the first Admin's first name.").MaximumLength(100).WithMessage("A first name can be at most 100 characters.").PlainText();
            admin.RuleFor(a => a!.LastName).NotEmpty().WithMessage("Give the first Admin's last name.").MaximumLength(100).WithMessage("A last name can be at most 100 characters.").PlainText();
        });
    }
}
