using EmployerPortal.Application.Results;
using EmployerPortal.Domain.Results;

namespace EmployerPortal.Application.Dashboard.Queries.GetDashboard;

/// <summary>What the landing page shows: what is new, today's and tomorrow's visits, open authorizations, two trends.</summary>
public sealed record DashboardDto(
    IReadOnlyList<ResultTypeCount> UnreadResults,
    DayVisitsDto Today,
    DayVisitsDto Tomorrow,
    int ActiveAuthorizations,
    IReadOnlyList<WeekVisitsDto> VisitsPerWeek,
    IReadOnlyList<ResultTypeCount> RecentResults,
    DateOnly RecentResultsFrom,
    IReadOnlyList<WorkStatusCount> OpenCasesByWorkStatus,
    ComplianceDueDto? ComplianceDue = null)
{
    public int OpenCases => OpenCasesByWorkStatus.Sum(c => c.Count);

    public int UnreadTotal => UnreadResults.Sum(r => r.Count);
}

/// <summary>A local day's visits, one count per status (every status, zeros included).</summary>
public sealed record DayVisitsDto(DateOnly Date, IReadOnlyList<VisitStatusCount> ByStatus)
{
    public int Total => ByStatus.Sum(s => s.Count);
}

public sealed record VisitStatusCount(VisitStatus Status, int Count)
{
    public string Label => Status.DisplayName();
}

/// <summary>The visits scheduled in the local week beginning on <see cref="Monday"/>.</summary>
public sealed record WeekVisitsDto(DateOnly Monday, int Count);

/// <summary>Open injury cases whose work status today is <see cref="Status"/> (null: none recorded yet).</summary>
public sealed record WorkStatusCount(Domain.InjuryCases.WorkStatus? Status, int Count)
{
    public string Label => Status is { } status ? InjuryCases.WorkStatusNames.Of(status) : "Not yet known";
}
/// <summary>The roster's compliance items overdue and due within 30 days (the user's locations).</summary>
public sealed record ComplianceDueDto(int Overdue, int DueIn30Days);
