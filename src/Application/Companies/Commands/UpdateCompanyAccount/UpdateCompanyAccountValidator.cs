using EmployerPortal.Application.Common.Addresses;
using EmployerPortal.Application.Common.Validation;
using FluentValidation;

namespace EmployerPortal.Application.Companies.Commands.UpdateCompanyAccount;

public sealed class UpdateCompanyAccountValidator : AbstractValidator<UpdateCompanyAccountCommand>
{
    public const int MaxContacts = 20;

    public UpdateCompanyAccountValidator()
    {
        RuleFor(c => c.Address).NotNull().WithMessage("Enter the company's address.").SetValidator(new AddressInputValidator()!);
        RuleFor(c => c.Phone).NotEmpty().WithMessage("Enter the main phone number.").UsPhoneNumber();
        RuleFor(c => c.SpecialInstructions).MaximumLength(2000).WithMessage("Instructions for clinic staff can be at most 2,000 characters.").FreeText();
        RuleFor(c => c.Contacts)
            .NotEmpty().WithMessage("Add at least one contact.")
            .Must(c => c is null || c.Count <= MaxContacts).WithMessage($"A company has at most {MaxContacts} contacts.")
            .Must(c => c is null || c.Count == 0 || c.Any(x => x.NewResults))
            .WithMessage("At least one contact must receive new-result notices.");
        RuleForEach(c => c.Contacts).SetValidator(new ContactInputValidator());
    }
}

public sealed class ContactInputValidator : AbstractValidator<ContactInput>
{
    public ContactInputValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage("Enter the contact's name.").MaximumLength(200).WithMessage("A name can be at most 200 characters.").PlainText();
        RuleFor(c => c.Title).MaximumLength(100).WithMessage("A job title can be at most 100 characters.").PlainText();
        RuleFor(c => c.Email).NotEmpty().WithMessage("Enter the contact's email address.").EmailAddressStrict();
        RuleFor(c => c.Phone).UsPhoneNumber().When(c => !string.IsNullOrWhiteSpace(c.Phone));
    }
}
