using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Results;

namespace EmployerPortal.Domain.Reports;

/// <summary>The reports an employer can run on demand or subscribe to.</summary>
public enum ReportKind
{
    InjuryActivityStatus = 0,
    NonInjuryActivityStatus = 1,
    EmployerPatientVisit = 2,
}

public enum ReportFrequency
{
    Daily = 0,
    Weekly = 1,
    Monthly = 2,
}

public static class ReportKinds
{
    /// <summary>The report's name as the employer sees it: the display name of its result type.</summary>
    public static string DisplayName(ReportKind kind) => ResultTypes.Get(ResultTypeOf(kind)).DisplayName;

    public static ResultType ResultTypeOf(ReportKind kind) => kind switch
    {
        ReportKind.InjuryActivityStatus => ResultType.InjuryActivityStatusReport,
        ReportKind.NonInjuryActivityStatus => ResultType.NonInjuryActivityStatusReport,
        ReportKind.EmployerPatientVisit => ResultType.EmployerPatientVisitReport,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown report."),
    };
}

/// <summary>
/// A half-open span of time [Start, End) a report covers: whole local days of the company, from the start of the
/// first day to the start of the day after the last.
/// </summary>
public sealed record ReportPeriod(DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>The local days <paramref name="firstDay"/> to <paramref name="lastDay"/>, both inclusive.</summary>
    public static ReportPeriod OfDays(DateOnly firstDay, DateOnly lastDay, IBusinessCalendar calendar) =>
        new(calendar.StartOf(firstDay), calendar.StartOf(lastDay.AddDays(1)));

    /// <summary>The period that ends at <paramref name="end"/> (a local midnight): the day, the week or the calendar month before it.</summary>
    public static ReportPeriod Ending(DateTimeOffset end, ReportFrequency frequency, IBusinessCalendar calendar)
    {
        var endDay = calendar.DateOf(end);
        var firstDay = frequency switch
        {
            ReportFrequency.Daily => endDay.AddDays(-1),
            ReportFrequency.Weekly => endDay.AddDays(-7),
            ReportFrequency.Monthly => endDay.AddMonths(-1),
            _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, "Unknown frequency."),
        };
        return new(calendar.StartOf(firstDay), end);
    }

    public DateOnly FirstDay(IBusinessCalendar calendar) => calendar.DateOf(Start);

    /// <summary>The last local day covered: the day before the one <see cref="End"/> begins.</summary>
    public DateOnly LastDay(IBusinessCalendar calendar) => calendar.DateOf(End).AddDays(-1);
}
