using EmployerPortal.Domain.Results;

namespace EmployerPortal.Application.Results;

/// <summary>A visit status as people read it, on the visit board, the dashboard and in reports.</summary>
public static class VisitStatusNames
{
    public static string Of(VisitStatus status) => status switch
    {
        VisitStatus.Scheduled => "Scheduled",
        VisitStatus.CheckedIn => "Checked in",
        VisitStatus.InProgress => "In progress",
        VisitStatus.Completed => "Completed",
        VisitStatus.NoShow => "No-show",
        VisitStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };
}
