using EmployerPortal.Application.Results.Commands.DownloadMergedResults;
using EmployerPortal.Application.Results.Queries.GetEmployeeResults;
using EmployerPortal.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmployerPortal.Web.Pages.Results;

/// <summary>Every visit and result of one employee (found through one of their visits), with "download all".</summary>
public sealed class EmployeeModel(ISender sender) : PageModel, IFormPage
{
    public EmployeeResultsDto Employee { get; private set; } = null!;

    /// <summary>Why "download all" could not be made, said above the list.</summary>
    public string? ErrorMessage { get; set; }

    string? IFormPage.FieldPrefix => null;

    public async Task OnGetAsync(Guid visitId, CancellationToken cancellationToken) => Employee = await LoadAsync(visitId, cancellationToken);

    public async Task<IActionResult> OnPostDownloadAllAsync(Guid visitId, CancellationToken cancellationToken)
    {
        Employee = await LoadAsync(visitId, cancellationToken);
        var merged = await sender.Send(new DownloadMergedResultsCommand([.. Employee.AllDocuments.Select(d => d.DocumentId)]), cancellationToken);
        return File(merged.Content, "application/pdf", merged.FileName);
    }

    async Task IFormPage.RedisplayAsync(CancellationToken cancellationToken) => Employee = await LoadAsync(this.RouteGuid("visitId"), cancellationToken);

    private async Task<EmployeeResultsDto> LoadAsync(Guid visitId, CancellationToken cancellationToken) =>
        await sender.Send(new GetEmployeeResultsQuery(visitId), cancellationToken);
}
