using FluentValidation;

namespace EmployerPortal.Application.Common.Validation;

/// <summary>
/// The dates a person searches or reports on: within 1900–2100. Outside that a date is a typo (or an attack on the
/// calendar's ends, where adding a day overflows) and is refused beside its field instead of reaching a query.
/// </summary>
public static class DateRules
{
    public static readonly DateOnly Earliest = new(1900, 1, 1);
    public static readonly DateOnly Latest = new(2100, 12, 31);

    public const string OutOfRangeMessage = "Enter a date between 1900 and 2100.";

    public static bool IsReasonable(DateOnly date) => date >= Earliest && date <= Latest;

    public static IRuleBuilderOptions<T, DateOnly?> ReasonableDate<T>(this IRuleBuilder<T, DateOnly?> rule) =>
        rule.Must(d => d is not { } date || IsReasonable(date)).WithMessage(OutOfRangeMessage);

    public static IRuleBuilderOptions<T, DateOnly> ReasonableDate<T>(this IRuleBuilder<T, DateOnly> rule) =>
        rule.Must(IsReasonable).WithMessage(OutOfRangeMessage);
}
