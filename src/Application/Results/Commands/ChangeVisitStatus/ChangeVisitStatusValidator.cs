using EmployerPortal.Domain.Results;
using FluentValidation;

namespace EmployerPortal.Application.Results.Commands.ChangeVisitStatus;

public sealed class ChangeVisitStatusValidator : AbstractValidator<ChangeVisitStatusCommand>
{
    private static readonly string[] Pushable =
        [.. Enum.GetNames<VisitStatus>().Where(s => s != nameof(VisitStatus.Scheduled))];

    public ChangeVisitStatusValidator() =>
        RuleFor(c => c.Status).NotEmpty().WithMessage($"Give the status: one of {string.Join(", ", Pushable)}.")
            .Must(s => Pushable.Contains(s, StringComparer.OrdinalIgnoreCase))
            .WithMessage($"Status is one of {string.Join(", ", Pushable)}.");
}
