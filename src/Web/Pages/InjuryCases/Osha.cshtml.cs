using EmployerPortal.Application.InjuryCases.Queries.GetOsha300Log;
using EmployerPortal.Application.InjuryCases.Queries.ListInjuryCases;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmployerPortal.Web.Pages.InjuryCases;

/// <summary>The OSHA 300 log of a location and a year (Admins), on screen and as CSV or PDF.</summary>
public sealed class OshaModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Location { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public Osha300LogDto Log { get; private set; } = null!;

    public IReadOnlyList<CaseLocationDto> Locations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Log = await sender.Send(new GetOsha300LogQuery(Location, Year), cancellationToken);
        Locations = (await sender.Send(new ListInjuryCasesQuery(), cancellationToken)).Locations;
    }

    public Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) => DownloadAsync(Osha300Format.Csv, cancellationToken);

    public Task<IActionResult> OnGetPdfAsync(CancellationToken cancellationToken) => DownloadAsync(Osha300Format.Pdf, cancellationToken);

    private async Task<IActionResult> DownloadAsync(Osha300Format format, CancellationToken cancellationToken)
    {
        var file = (await sender.Send(new GetOsha300LogQuery(Location, Year, format), cancellationToken)).File!;
        return File(file.Content, file.ContentType, file.FileName);
    }
}
