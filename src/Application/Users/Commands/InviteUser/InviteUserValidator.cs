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
        RuleFor(c => c.LocationCodes)
            .Must((c, codes) => codes is not { Count: > 0 } || c.Role == Domain.Users.UserRole.ViewOnly)
            .WithMessage("An Admin sees the whole company: choose View Only to limit a user to locations.");
        RuleForEach(c => c.LocationCodes).Must(Domain.Companies.CompanyLocation.IsValidCode).WithMessage("Choose a location of your company.");
    }
}
