using FluentValidation;

namespace EmployerPortal.Application.Users.Commands.ChangeUserRole;

public sealed class ChangeUserRoleValidator : AbstractValidator<ChangeUserRoleCommand>
{
    public ChangeUserRoleValidator() => RuleFor(c => c.Role).IsInEnum().WithMessage("Choose Admin or View Only.");
}
