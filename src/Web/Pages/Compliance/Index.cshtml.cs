using EmployerPortal.Application.Employees.Queries.GetCompliance;
using EmployerPortal.Domain.Employees;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmployerPortal.Web.Pages.Compliance;

/// <summary>What is overdue, due in 30 / 60 / 90 days and current, by location and program; as CSV and as a calendar.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "location")]
    public string? LocationCode { get; set; }

    [BindProperty(SupportsGet = true, Name = "program")]
    public ComplianceProgram? Program { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public ComplianceStatus? Status { get; set; }

    public ComplianceOverviewDto Overview { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        DropUnreadableFilters();
        Overview = await sender.Send(new GetComplianceQuery(Filter), cancellationToken);
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        DropUnreadableFilters();
        var file = await sender.Send(new ExportComplianceCsvQuery(Filter), cancellationToken);
        return File(file.Content, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnGetCalendarAsync(CancellationToken cancellationToken)
    {
        DropUnreadableFilters();
        var file = await sender.Send(new ExportComplianceCalendarQuery(Filter), cancellationToken);
        return File(file.Content, file.ContentType, file.FileName);
    }

    private ComplianceFilter Filter => new(LocationCode, Program, Status);

    /// <summary>A filter that does not read (a hand-edited link) is dropped rather than refused.</summary>
    private void DropUnreadableFilters()
    {
        if (LocationCode is { Length: > 10 })
        {
            LocationCode = null;
        }

        if (Program is { } program && !Enum.IsDefined(program))
        {
            Program = null;
        }

        if (Status is { } status && !Enum.IsDefined(status))
        {
            Status = null;
        }
    }

    public Dictionary<string, string?> RouteWith(ComplianceStatus? status) => new()
    {
        ["location"] = LocationCode,
        ["program"] = Program?.ToString(),
        ["status"] = status?.ToString(),
    };
}
