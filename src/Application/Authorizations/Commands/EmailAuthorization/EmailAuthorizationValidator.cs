using EmployerPortal.Application.Common.Validation;
using FluentValidation;

namespace EmployerPortal.Application.Authorizations.Commands.EmailAuthorization;

public sealed class EmailAuthorizationValidator : AbstractValidator<EmailAuthorizationCommand>
{
    public EmailAuthorizationValidator() =>
        RuleFor(c => c.To).EmailAddressStrict().When(c => !string.IsNullOrWhiteSpace(c.To));
}
