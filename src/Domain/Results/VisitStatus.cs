namespace EmployerPortal.Domain.Results;

public enum VisitStatus
{
    Scheduled = 0,
    CheckedIn = 1,
    InProgress = 2,
    Completed = 3,
    NoShow = 4,
    Cancelled = 5,
}

public enum VisitCategory
{
    Injury = 0,
    NonInjury = 1,
}

/// <summary>One entry of a visit's status timeline: the status it reached and when (clinic time).</summary>
public sealed record VisitStatusChange(VisitStatus Status, DateTimeOffset At);
