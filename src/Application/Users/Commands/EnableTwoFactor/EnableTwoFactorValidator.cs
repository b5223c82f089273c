using FluentValidation;

namespace EmployerPortal.Application.Users.Commands.EnableTwoFactor;

public sealed class EnableTwoFactorValidator : AbstractValidator<EnableTwoFactorCommand>
{
    public EnableTwoFactorValidator()
    {
        RuleFor(c => c.Code).NotEmpty().WithMessage("Enter the 6-digit code from your authenticator app.");
        RuleFor(c => c.Code)
            .Must(code => TwoFactorDefaults.NormalizeCode(code) is { Length: 6 } digits && digits.All(char.IsAsciiDigit))
            .WithMessage("The code is 6 digits.")
            .When(c => !string.IsNullOrWhiteSpace(c.Code));
    }
}
