using EmployerPortal.Application.Common.Documents;
using EmployerPortal.Application.Results.Commands.OpenResultDocument;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;

namespace EmployerPortal.Web.Pages.Results;

/// <summary>
/// One result document: shown inline in the browser (GET) or downloaded (GET ?handler=Download). Another company's
/// id is a 404. A document that fails its integrity check is never served; the page says so instead.
/// </summary>
public sealed class DocumentModel(ISender sender) : PageModel
{
    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => OpenAsync(id, download: false, cancellationToken);

    public Task<IActionResult> OnGetDownloadAsync(Guid id, CancellationToken cancellationToken) => OpenAsync(id, download: true, cancellationToken);

    private async Task<IActionResult> OpenAsync(Guid id, bool download, CancellationToken cancellationToken)
    {
        ResultDocumentContent document;
        try
        {
            document = await sender.Send(new OpenResultDocumentCommand(id, download), cancellationToken);
        }
        catch (DocumentCorruptedException)
        {
            Response.StatusCode = StatusCodes.Status500InternalServerError;
            return Page();
        }

        if (download)
        {
            return File(document.Content, "application/pdf", document.FileName);
        }

        var disposition = new ContentDispositionHeaderValue("inline");
        disposition.SetHttpFileName(document.FileName);
        Response.Headers.ContentDisposition = disposition.ToString();
        return File(document.Content, "application/pdf");
    }
}
