using EmployerPortal.Domain.Common;

namespace EmployerPortal.Domain.Companies;

/// <summary>The company's account number with the provider: 4 to 10 digits, never changes.</summary>
public sealed record AccountNumber
{
    private AccountNumber(string value) => Value = value;

    public string Value { get; }

    public static AccountNumber From(string value)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (!IsValid(trimmed))
        {
            throw new BusinessRuleViolationException(new AccountNumberMustBeDigits(trimmed));
        }

        return new AccountNumber(trimmed);
    }

    public static bool IsValid(string? value) =>
        value is { Length: >= 4 and <= 10 } && value.All(char.IsAsciiDigit);

    public override string ToString() => Value;
}

public sealed class AccountNumberMustBeDigits(string value) : IBusinessRule
{
    public string Message => "An account number is 4 to 10 digits.";

    public bool IsBroken() => !AccountNumber.IsValid(value);
}
