using EmployerPortal.Application.Companies.Queries.GetCompanyAccount;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmployerPortal.Web.Pages.Company;

public sealed class IndexModel(ISender sender) : PageModel
{
    public const string StatusMessageKey = "CompanyStatusMessage";

    public CompanyAccountDto Company { get; private set; } = null!;

    [TempData(Key = StatusMessageKey)]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Company = await sender.Send(new GetCompanyAccountQuery(), cancellationToken);
}
