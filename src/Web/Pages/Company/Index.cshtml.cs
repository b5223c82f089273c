using EmployerPortal.Application.Companies.Commands.ChangeTwoFactorRequirement;
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

    /// <summary>The Admin's "Require two-factor authentication for every user" setting.</summary>
    [BindProperty]
    public bool RequireTwoFactor { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Company = await sender.Send(new GetCompanyAccountQuery(), cancellationToken);
        RequireTwoFactor = Company.RequiresTwoFactor;
    }

    public async Task<IActionResult> OnPostTwoFactorAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            // Only a crafted post gets here (the checkbox sends true or false): refuse it rather than read it as "off".
            Company = await sender.Send(new GetCompanyAccountQuery(), cancellationToken);
            RequireTwoFactor = Company.RequiresTwoFactor;
            ModelState.Remove(nameof(RequireTwoFactor)); // the checkbox cannot render the unreadable attempted value
            ModelState.AddModelError(nameof(RequireTwoFactor), "Choose whether two-factor authentication is required: on or off.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await sender.Send(new ChangeTwoFactorRequirementCommand(RequireTwoFactor), cancellationToken);
        StatusMessage = RequireTwoFactor
            ? "Two-factor authentication is now required for every user. Users without it will set it up at their next page."
            : "Two-factor authentication is no longer required. Users may turn it off.";
        return RedirectToPage();
    }
}
