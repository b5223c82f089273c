using EmployerPortal.Application.Common.Validation;
using FluentValidation;

namespace EmployerPortal.Application.Users.Commands.InviteUser;

public sealed class InviteUserValidator : AbstractValidator<InviteUserCommand>
{
    public InviteUserValidator()
    {
        RuleFor(c => c.Email).NotEmpty().WithMessage("Enter the email address of the person to invite.").EmailAddressStrict();
        RuleFor(c => c.FirstName).NotEmpty().WithMessage("Enter their first name.").MaximumLength(100).WithMessage("A first name can be at most 100 characters.").PlainText();
        RuleFor(c => c.LastName).NotEmpty().WithMessage("Enter their last name.").MaximumLength(100).WithMessage("A last name can be at most 100 characters.").PlainText();
        RuleFor(c => c.Role).IsInEnum().WithMessage("Choose Admin or View Only.");
        RuleForEach(c => c.LocationCodes).Must(Domain.Companies.CompanyLocation.IsValidCode).WithMessage("Choose a location of your company.");
    }
}
