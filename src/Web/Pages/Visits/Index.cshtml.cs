using EmployerPortal.Application.Common.Exceptions;
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
public sealed class IndexModel(ISender sender, PageLocalTime time) : PageModel
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

    public VisitStatusBoardDto Board { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Board = await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnGetRowsAsync(CancellationToken cancellationToken)
    {
        Board = await LoadAsync(cancellationToken);
        Response.Headers.CacheControl = "no-store";
        Response.Headers[UpdatedHeader] = time.FormatTime(Board.UpdatedAt);
        return Partial("_VisitRows", Board);
    }

    private async Task<VisitStatusBoardDto> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await sender.Send(new GetVisitStatusBoardQuery(From, To, Status), cancellationToken);
        }
        catch (ValidationFailedException failure)
        {
            foreach (var (field, messages) in failure.Errors)
            {
                ModelState.AddModelError(field, string.Join(" ", messages));
            }

            From = To = null;
            return await sender.Send(new GetVisitStatusBoardQuery(null, null, Status), cancellationToken);
        }
    }
}
