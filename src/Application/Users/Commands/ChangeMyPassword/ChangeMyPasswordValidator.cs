using EmployerPortal.Application.Common.Validation;
using FluentValidation;

namespace EmployerPortal.Application.Users.Commands.ChangeMyPassword;

public sealed class ChangeMyPasswordValidator : AbstractValidator<ChangeMyPasswordCommand>
{
    public ChangeMyPasswordValidator()
    {
        RuleFor(c => c.CurrentPassword).NotEmpty().WithMessage("Enter your current password.");
        RuleFor(c => c.NewPassword).NotEmpty().WithMessage("Choose a new password.").MinimumLength(12).WithMessage("Use at least 12 characters.").MaximumLength(128).WithMessage("Use at most 128 characters.")
            .Must(UsFormatRules.IsFreeText).WithMessage("A password cannot hold invisible control characters (they can come with a paste).");
        RuleFor(c => c.ConfirmPassword).Equal(c => c.NewPassword).WithMessage("The two passwords do not match.");
    }
}
