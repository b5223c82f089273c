using System.Text;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Employees;
using EmployerPortal.Application.Employees.Commands.ImportRoster;
using EmployerPortal.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmployerPortal.Web.Pages.Employees;

/// <summary>
/// An Admin imports the roster from a CSV: the preview lists each row's errors by line and what would be added and
/// updated; nothing is written until they confirm, and then all of it is written in one transaction.
/// </summary>
public sealed class ImportModel(ISender sender, ICurrentUser currentUser) : PageModel, IFormPage
{
    public const long MaxFileBytes = 10 * 1024 * 1024;

    public RosterImportPreview? Preview { get; private set; }

    public string? FileName { get; private set; }

    public string? ErrorMessage { get; set; }

    string? IFormPage.FieldPrefix => string.Empty;

    public IActionResult OnGet() =>
        currentUser.Can(Permission.ManageRoster) ? Page() : StatusCode(StatusCodes.Status403Forbidden);

    public IActionResult OnGetTemplate() =>
        File(Encoding.UTF8.GetBytes(RosterCsv.Template), "text/csv", "roster-template.csv");

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("File", "Choose the CSV file exported from your HR system.");
            return new PageResult { StatusCode = StatusCodes.Status400BadRequest };
        }

        if (file.Length > MaxFileBytes)
        {
            ModelState.AddModelError("File", "The file is over 10 MB; split it into smaller files.");
            return new PageResult { StatusCode = StatusCodes.Status400BadRequest };
        }

        string content;
        using (var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
        {
            content = await reader.ReadToEndAsync(cancellationToken);
        }

        FileName = Path.GetFileName(file.FileName);
        Preview = await sender.Send(new PreviewRosterImportCommand(content), cancellationToken);
        return Preview.CanApply ? Page() : new PageResult { StatusCode = StatusCodes.Status400BadRequest };
    }

    public async Task<IActionResult> OnPostApplyAsync(string? token, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ApplyRosterImportCommand(token), cancellationToken);
        TempData["Flash"] = $"Roster imported: {result.Added} added, {result.Updated} updated, {result.Unchanged} unchanged.";
        return RedirectToPage("Index");
    }

    Task IFormPage.RedisplayAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
