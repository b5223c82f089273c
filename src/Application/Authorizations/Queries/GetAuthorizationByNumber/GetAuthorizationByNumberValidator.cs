using FluentValidation;

namespace EmployerPortal.Application.Authorizations.Queries.GetAuthorizationByNumber;

public sealed class GetAuthorizationByNumberValidator : AbstractValidator<GetAuthorizationByNumberQuery>
{
    public GetAuthorizationByNumberValidator() => RuleFor(q => q.Number).AuthorizationNumber();
}
