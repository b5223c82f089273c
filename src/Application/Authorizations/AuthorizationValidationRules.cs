using FluentValidation;

namespace EmployerPortal.Application.Authorizations;

public static class AuthorizationValidationRules
{
    /// <summary>A complete authorization number whose check character matches: a typing mistake is answered before any lookup.</summary>
    public static IRuleBuilderOptions<T, string?> AuthorizationNumber<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(n => Domain.Authorizations.AuthorizationNumber.TryParse(n, out _))
            .WithMessage(new Domain.Authorizations.AuthorizationNumberMustBeValid(null).Message);
}
