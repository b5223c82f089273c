using EmployerPortal.Application.Common.Validation;
using FluentValidation;

namespace EmployerPortal.Application.Authorizations.Commands.CheckInAuthorization;

public sealed class CheckInAuthorizationValidator : AbstractValidator<CheckInAuthorizationCommand>
{
    public CheckInAuthorizationValidator()
    {
        RuleFor(c => c.Number).AuthorizationNumber();
        RuleFor(c => c.ExternalVisitId).NotEmpty().WithMessage("Give the clinic system's visit id.").MaximumLength(100).WithMessage("A visit id can be at most 100 characters.").PlainText();
    }
}
