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
        RuleFor(c => c.LocationCodes)
            .Must((c, codes) => codes is not { Count: > 0 } || c.Role == Domain.Users.UserRole.ViewOnly)
            .WithMessage("An Admin sees the whole company: choose View Only to limit a user to locations.");
        RuleForEach(c => c.LocationCodes).Must(Domain.Companies.CompanyLocation.IsValidCode).WithMessage("Choose a location of your company.");
    }
}
