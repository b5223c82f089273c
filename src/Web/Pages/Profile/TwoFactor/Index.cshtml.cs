using System.ComponentModel.DataAnnotations;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Users.Commands.DisableTwoFactor;
using EmployerPortal.Application.Users.Commands.RegenerateRecoveryCodes;
using EmployerPortal.Application.Users.Queries.GetTwoFactorStatus;
using EmployerPortal.Domain.Common;
using EmployerPortal.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmployerPortal.Web.Pages.Profile.TwoFactor;

/// <summary>The user's two-factor authentication: on or off, new recovery codes, turning it off.</summary>
public sealed class IndexModel(ISender sender) : PageModel, IFormPage
{
    public TwoFactorStatusDto Status { get; private set; } = null!;

    /// <summary>Set right after regenerating: the new codes, shown this one time.</summary>
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    [BindProperty]
    [Display(Name = "Your password or a code from your authenticator app")]
    public string? PasswordOrCode { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public string? ErrorMessage { get; set; }

    public string FieldPrefix => string.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Status = await sender.Send(new GetTwoFactorStatusQuery(), cancellationToken);

    public async Task<IActionResult> OnPostRecoveryCodesAsync(CancellationToken cancellationToken)
    {
        RecoveryCodes = await sender.Send(new RegenerateRecoveryCodesCommand(), cancellationToken);
        Status = await sender.Send(new GetTwoFactorStatusQuery(), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new DisableTwoFactorCommand(PasswordOrCode), cancellationToken);
        StatusMessage = "Two-factor authentication is off. You will sign in with your password only.";
        return RedirectToPage();
    }

    public async Task RedisplayAsync(CancellationToken cancellationToken) =>
        Status = await sender.Send(new GetTwoFactorStatusQuery(), cancellationToken);
}
