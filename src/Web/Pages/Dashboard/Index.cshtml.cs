using System.Globalization;
using EmployerPortal.Application.Common.Time;
using EmployerPortal.Application.Dashboard.Queries.GetDashboard;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Results;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmployerPortal.Web.Pages.Dashboard;

/// <summary>The landing page of every employer user: new results, today's and tomorrow's visits, open authorizations, two trends.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public DashboardDto Dashboard { get; private set; } = null!;

    public BarChart VisitsPerWeekChart => new(
        "visits-per-week",
        $"Visits per week, last {GetDashboardHandler.Weeks} weeks",
        [.. Dashboard.VisitsPerWeek.Select(w => new BarChart.Bar($"Week of {LocalTime.FormatDate(w.Monday)}", w.Count))]);

    public BarChart RecentResultsChart => new(
        "results-by-type",
        $"Results by type since {LocalTime.FormatDate(Dashboard.RecentResultsFrom)}",
        [.. Dashboard.RecentResults.Select(r => new BarChart.Bar(r.DisplayName, r.Count))]);

    public async Task OnGetAsync(CancellationToken cancellationToken) => Dashboard = await sender.Send(new GetDashboardQuery(), cancellationToken);

    public string? ResultsUrl(ResultType? type = null) => Url.Page("/Results/Index", new { Type = type?.ToString() });

    /// <summary>The visit board for one local day, optionally of one status.</summary>
    public string? VisitsUrl(DateOnly date, VisitStatus? status = null)
    {
        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Url.Page("/Visits/Index", new { From = day, To = day, Status = status?.ToString() });
    }

    public string? ActiveAuthorizationsUrl() =>
        Url.Page("/Authorizations/Index", new Dictionary<string, object?> { ["Search.Status"] = nameof(AuthorizationStatus.Active) });
}
