using EmployerPortal.Application.Employees.Queries.GetCompliance;
using EmployerPortal.Application.Employees.Queries.GetRosterLocations;
using EmployerPortal.Application.Employees.Queries.SearchRoster;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmployerPortal.Web.Pages.Employees;

/// <summary>The roster: search by name or employee id, filter by location.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "location")]
    public string? LocationCode { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public RosterPage Result { get; private set; } = new([], 0, 1, 1);

    public IReadOnlyList<ComplianceLocation> Locations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Text = Text is { Length: > 100 } ? Text[..100] : Text;
        LocationCode = LocationCode is { Length: > 10 } ? null : LocationCode;
        PageNumber = Math.Clamp(PageNumber, 1, 99_999);
        Result = await sender.Send(new SearchRosterQuery(Text, LocationCode, PageNumber), cancellationToken);
        Locations = await sender.Send(new GetRosterLocationsQuery(), cancellationToken);
    }
}
