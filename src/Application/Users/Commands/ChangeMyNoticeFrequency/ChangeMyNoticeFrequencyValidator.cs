using FluentValidation;

namespace EmployerPortal.Application.Users.Commands.ChangeMyNoticeFrequency;

public sealed class ChangeMyNoticeFrequencyValidator : AbstractValidator<ChangeMyNoticeFrequencyCommand>
{
    public ChangeMyNoticeFrequencyValidator() =>
        RuleFor(c => c.Frequency).NotNull().WithMessage("Choose how you want to hear about new results.").IsInEnum().WithMessage("Choose immediately, a daily digest, or off.");
}
