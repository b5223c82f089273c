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

/// <summary>A half-open span of time [Start, End) a report covers.</summary>
public sealed record ReportPeriod(DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>The period that ends at <paramref name="end"/>: the day, the week or the calendar month before it.</summary>
    public static ReportPeriod Ending(DateTimeOffset end, ReportFrequency frequency) => frequency switch
    {
        ReportFrequency.Daily => new(end.AddDays(-1), end),
        ReportFrequency.Weekly => new(end.AddDays(-7), end),
        ReportFrequency.Monthly => new(end.AddMonths(-1), end),
        _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, "Unknown frequency."),
    };
}
