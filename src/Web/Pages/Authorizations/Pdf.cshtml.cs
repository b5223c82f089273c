using EmployerPortal.Application.Authorizations.Queries.GetAuthorizationPdf;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;

namespace EmployerPortal.Web.Pages.Authorizations;

/// <summary>The authorization PDF: shown in the browser to print, or downloaded with <c>?download=true</c>.</summary>
public sealed class PdfModel(ISender sender) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, bool download, CancellationToken cancellationToken)
    {
        var pdf = await sender.Send(new GetAuthorizationPdfQuery(id), cancellationToken);
        if (download)
        {
            return File(pdf.Content, "application/pdf", pdf.FileName);
        }

        var disposition = new ContentDispositionHeaderValue("inline");
        disposition.SetHttpFileName(pdf.FileName);
        Response.Headers.ContentDisposition = disposition.ToString();
        return File(pdf.Content, "application/pdf");
    }
}
