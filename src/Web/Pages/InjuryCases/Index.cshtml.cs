using EmployerPortal.Application.InjuryCases.Queries.ListInjuryCases;
using EmployerPortal.Domain.InjuryCases;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmployerPortal.Web.Pages.InjuryCases;

/// <summary>The injury cases the user sees, open first, with each employee's work status and return to work.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Location { get; set; }

    [BindProperty(SupportsGet = true)]
    public InjuryCaseStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public WorkStatus? WorkStatus { get; set; }

    public InjuryCaseListDto List { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        List = await sender.Send(new ListInjuryCasesQuery(Location, Status, WorkStatus), cancellationToken);
}
