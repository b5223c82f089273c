using System.Globalization;
using EmployerPortal.Web.Infrastructure;
using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Audit.Queries.ExportAccessHistory;
using EmployerPortal.Application.Audit.Queries.GetAccessHistory;
using EmployerPortal.Application.Users.Queries.ListCompanyUsers;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmployerPortal.Web.Pages.Audit;

/// <summary>
/// "Access history" (Admin): the company's audit trail in words, filtered by user, employee, action and date, paged,
/// and exported as CSV with the same filters.
/// </summary>
public sealed class IndexModel(ISender sender) : PageModel, ISearchPage
{
    /// <summary>The action filter's choices: every action, in words, alphabetically.</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, string>> Actions =
        [.. AuditActionNames.Words.OrderBy(a => a.Value, StringComparer.Ordinal)];

    [BindProperty(SupportsGet = true)]
    public Guid? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Employee { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    /// <summary>"pg", not "page": Razor Pages routes on a "page" value, and a link carrying one points nowhere.</summary>
    [BindProperty(SupportsGet = true, Name = "pg")]
    public int PageNumber { get; set; } = 1;

    public AccessHistoryPage History { get; private set; } = null!;

    public IReadOnlyList<CompanyUserDto> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        History = await this.SearchDroppingRefusedFiltersAsync(() =>
            sender.Send(new GetAccessHistoryQuery(UserId, Employee, Action, From, To, PageNumber), cancellationToken).AsTask());
        Users = await sender.Send(new ListCompanyUsersQuery(), cancellationToken);
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var csv = await sender.Send(new ExportAccessHistoryQuery(UserId, Employee, Action, From, To), cancellationToken);
        return File(csv.Content, "text/csv; charset=utf-8", csv.FileName);
    }

    /// <summary>A refused range is dropped whole; a refused name or action alone.</summary>
    public void Drop(string field)
    {
        switch (field)
        {
            case nameof(Employee):
                Employee = null;
                break;
            case nameof(Action):
                Action = null;
                break;
            case nameof(PageNumber):
            case "Page":
                PageNumber = 1;
                break;
            default:
                From = To = null;
                break;
        }
    }

    /// <summary>The query string of the current filters (the export link and the paging links carry it).</summary>
    public Dictionary<string, string> RouteFor(int? page = null) => new Dictionary<string, string?>
    {
        ["UserId"] = UserId?.ToString(),
        ["Employee"] = Employee,
        ["Action"] = Action,
        ["From"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["To"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["pg"] = page?.ToString(CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value)).ToDictionary(p => p.Key, p => p.Value!);
}
