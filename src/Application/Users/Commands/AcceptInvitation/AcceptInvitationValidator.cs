using EmployerPortal.Application.Common.Validation;
using FluentValidation;

namespace EmployerPortal.Application.Users.Commands.AcceptInvitation;

public sealed class AcceptInvitationValidator : AbstractValidator<AcceptInvitationCommand>
{
    public AcceptInvitationValidator()
    {
        RuleFor(c => c.Token).NotEmpty().WithMessage(AcceptInvitationHandler.InvalidLinkMessage);
        RuleFor(c => c.Password).NotEmpty().WithMessage("Choose a password.").MinimumLength(12).WithMessage("Use at least 12 characters.").MaximumLength(128).WithMessage("Use at most 128 characters.")
            .Must(UsFormatRules.IsFreeText).WithMessage("A password cannot hold invisible control characters (they can come with a paste).");
        RuleFor(c => c.ConfirmPassword).Equal(c => c.Password).WithMessage("The two passwords do not match.");
    }
}
