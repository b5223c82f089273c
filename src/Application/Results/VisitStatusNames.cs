using EmployerPortal.Domain.Results;

namespace EmployerPortal.Application.Results;

/// <summary>The one way a visit status is written for people: the board, the results pages, reports and letters.</summary>
public static class VisitStatusNames
{
    public static string DisplayName(this VisitStatus status) => status switch
    {
        VisitStatus.Scheduled => "Scheduled",
        VisitStatus.CheckedIn => "Checked in",
        VisitStatus.InProgress => "In progress",
        VisitStatus.Completed => "Completed",
        VisitStatus.NoShow => "No-show",
        VisitStatus.Cancelled => "Cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "A visit status without a display name."),
    };
}
