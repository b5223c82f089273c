using EmployerPortal.Application.Common.Validation;
using FluentValidation;

namespace EmployerPortal.Application.Users.Commands.UpdateMyProfile;

public sealed class UpdateMyProfileValidator : AbstractValidator<UpdateMyProfileCommand>
{
    public UpdateMyProfileValidator()
    {
        RuleFor(c => c.FirstName).NotEmpty().WithMessage("Enter your first name.").MaximumLength(100).WithMessage("Your first name can be at most 100 characters.").PlainText();
        RuleFor(c => c.LastName).NotEmpty().WithMessage("Enter your last name.").MaximumLength(100).WithMessage("Your last name can be at most 100 characters.").PlainText();
    }
}
