using EmployerPortal.Application.Common.Documents;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Results.Commands.DownloadMergedResults;
using EmployerPortal.Application.Results.Queries.GetEmployeeResults;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmployerPortal.Web.Pages.Results;

/// <summary>Every visit and result of one employee (found through one of their visits), with "download all".</summary>
public sealed class EmployeeModel(ISender sender) : PageModel
{
    public EmployeeResultsDto Employee { get; private set; } = null!;

    public string? MergeError { get; private set; }

    public async Task OnGetAsync(Guid visitId, CancellationToken cancellationToken) =>
        Employee = await sender.Send(new GetEmployeeResultsQuery(visitId), cancellationToken);

    public async Task<IActionResult> OnPostDownloadAllAsync(Guid visitId, CancellationToken cancellationToken)
    {
        Employee = await sender.Send(new GetEmployeeResultsQuery(visitId), cancellationToken);
        try
        {
            var merged = await sender.Send(new DownloadMergedResultsCommand([.. Employee.AllDocuments.Select(d => d.DocumentId)]), cancellationToken);
            return File(merged.Content, "application/pdf", merged.FileName);
        }
        catch (ValidationFailedException failure)
        {
            MergeError = string.Join(" ", failure.Errors.SelectMany(e => e.Value));
            return Page();
        }
        catch (DocumentMergeFailedException failure)
        {
            MergeError = failure.Message;
            return Page();
        }
    }
}
