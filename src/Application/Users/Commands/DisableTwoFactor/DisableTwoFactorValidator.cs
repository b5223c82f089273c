using FluentValidation;

namespace EmployerPortal.Application.Users.Commands.DisableTwoFactor;

public sealed class DisableTwoFactorValidator : AbstractValidator<DisableTwoFactorCommand>
{
    public DisableTwoFactorValidator() =>
        RuleFor(c => c.PasswordOrCode).NotEmpty().WithMessage("Enter your password or a code from your authenticator app.").MaximumLength(200).WithMessage("That is too long for a password or a code.");
}
