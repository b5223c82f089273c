using FluentValidation;

namespace EmployerPortal.Application.Results.Commands.ScheduleRecheck;

public sealed class ScheduleRecheckValidator : AbstractValidator<ScheduleRecheckCommand>
{
    public ScheduleRecheckValidator() => RuleFor(c => c.AppointmentAt).NotNull().WithMessage("Give the date and time of the recheck appointment.");
}
