using EmployerPortal.Application.Employees.Queries.GetRosterEmployee;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmployerPortal.Web.Pages.Employees;

/// <summary>One employee: details, compliance, visits with their results, authorizations.</summary>
public sealed class DetailsModel(ISender sender) : PageModel
{
    public RosterEmployeeDto Employee { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        Employee = await sender.Send(new GetRosterEmployeeQuery(id), cancellationToken);
}
