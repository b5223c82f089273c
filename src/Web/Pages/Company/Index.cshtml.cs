using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Companies.Commands.ChangeLocationInstructions;
using EmployerPortal.Application.Companies.Commands.ChangeTwoFactorRequirement;
using EmployerPortal.Application.Companies.Queries.GetCompanyAccount;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmployerPortal.Web.Pages.Company;

public sealed class IndexModel(ISender sender, ICurrentUser currentUser) : PageModel
{
    public const string StatusMessageKey = "CompanyStatusMessage";

    public CompanyAccountDto Company { get; private set; } = null!;

    [TempData(Key = StatusMessageKey)]
    public string? StatusMessage { get; set; }

    /// <summary>The Admin's "Require two-factor authentication for every user" setting.</summary>
    [BindProperty]
    public bool RequireTwoFactor { get; set; }

    /// <summary>The location whose instructions form is being redisplayed with an error, and what was typed.</summary>
    public string? EditingLocation { get; private set; }

    public string? Instructions { get; private set; }

    public string? InstructionsError { get; private set; }

    /// <summary>An Admin edits the instructions of the locations they see (all, or their own).</summary>
    public bool CanEditInstructionsOf(string code) =>
        currentUser.Can(Permission.EditLocationInstructions)
        && (currentUser.LocationCodes.Count == 0 || currentUser.LocationCodes.Contains(code, StringComparer.Ordinal));

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

    public async Task<IActionResult> OnPostLocationInstructionsAsync(string? code, string? instructions, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return NotFound();
        }

        try
        {
            await sender.Send(new ChangeLocationInstructionsCommand(code, instructions), cancellationToken);
        }
        catch (ValidationFailedException failed)
        {
            await OnGetAsync(cancellationToken);
            EditingLocation = code;
            Instructions = instructions;
            InstructionsError = string.Join(" ", failed.Errors.SelectMany(e => e.Value));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        StatusMessage = "The location's instructions for clinic staff are saved. New authorizations there print them.";
        return RedirectToPage();
    }
}
