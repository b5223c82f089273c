using EmployerPortal.Application.Common.Validation;
using FluentValidation;

namespace EmployerPortal.Application.Users.Commands.InviteUser;

public sealed class InviteUserValidator : AbstractValidator<InviteUserCommand>
{
    public InviteUserValidator()
    {
        RuleFor(c => c.Email).NotEmpty().EmailAddressStrict();
        RuleFor(c => c.FirstName).NotEmpty().MaximumLength(100).PlainText();
        RuleFor(c => c.LastName).NotEmpty().MaximumLength(100).PlainText();
        RuleFor(c => c.Role).IsInEnum();
    }
}
