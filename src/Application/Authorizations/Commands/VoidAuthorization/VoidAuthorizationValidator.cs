using EmployerPortal.Application.Common.Validation;
using EmployerPortal.Domain.Authorizations;
using FluentValidation;

namespace EmployerPortal.Application.Authorizations.Commands.VoidAuthorization;

public sealed class VoidAuthorizationValidator : AbstractValidator<VoidAuthorizationCommand>
{
    public VoidAuthorizationValidator() =>
        RuleFor(c => c.Reason)
            .NotEmpty().WithMessage("Say why the authorization is voided.")
            .MaximumLength(Authorization.MaxVoidReasonLength).WithMessage($"The reason can be at most {Authorization.MaxVoidReasonLength} characters.")
            .FreeText();
}
