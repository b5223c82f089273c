using EmployerPortal.Application.Companies.Queries.GetMyLocations;
using EmployerPortal.Application.Companies.Locations;
using EmployerPortal.Application.Results.Queries.GetVisitStatusBoard;
using EmployerPortal.Domain.Results;
using EmployerPortal.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmployerPortal.Web.Pages.Visits;

/// <summary>
/// Today's and recent visits with their status and timeline. The page polls its own Rows handler (a partial of the
/// table body) so status changes pushed by ops appear without a reload.
/// </summary>
public sealed class IndexModel(ISender sender, PageLocalTime time) : PageModel, ISearchPage
{
    /// <summary>How often the open page asks for fresh rows.</summary>
    public const int PollMilliseconds = 3000;

    /// <summary>The server's local "h:mm tt zone" of the rows, so the page's "Updated" stamp never reads the browser clock.</summary>
    public const string UpdatedHeader = "X-Board-Updated";

    [BindProperty(SupportsGet = true)]
    public VisitStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Location { get; set; }

    public VisitStatusBoardDto Board { get; private set; } = null!;

    /// <summary>The locations the user sees; the board filters by one when there are two or more.</summary>
    public IReadOnlyList<LocationDto> Locations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Locations = await sender.Send(new GetMyLocationsQuery(), cancellationToken);
        Board = await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnGetRowsAsync(CancellationToken cancellationToken)
    {
        Board = await LoadAsync(cancellationToken);
        Response.Headers.CacheControl = "no-store";
        Response.Headers[UpdatedHeader] = time.FormatTime(Board.UpdatedAt);
        return Partial("_VisitRows", Board);
    }

    /// <summary>A refused location is dropped; a refused date range is dropped whole: the board falls back to its default days.</summary>
    public void Drop(string field)
    {
        if (field == nameof(Location))
        {
            Location = null;
        }
        else
        {
            From = To = null;
        }
    }

    private Task<VisitStatusBoardDto> LoadAsync(CancellationToken cancellationToken) =>
        this.SearchDroppingRefusedFiltersAsync(() => sender.Send(new GetVisitStatusBoardQuery(From, To, Status, Location), cancellationToken).AsTask());
}
