using EmployerPortal.Application.Common.Validation;
using FluentValidation;

namespace EmployerPortal.Application.Users.Commands.UpdateMyProfile;

public sealed class UpdateMyProfileValidator : AbstractValidator<UpdateMyProfileCommand>
{
    public UpdateMyProfileValidator()
    {
        RuleFor(c => c.FirstName).NotEmpty().MaximumLength(100).PlainText();
        RuleFor(c => c.LastName).NotEmpty().MaximumLength(100).PlainText();
    }
}
