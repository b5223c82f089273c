using System.ComponentModel.DataAnnotations;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Users.Commands.BeginAuthenticatorSetup;
using EmployerPortal.Application.Users.Commands.EnableTwoFactor;
using EmployerPortal.Application.Users.Queries.GetTwoFactorStatus;
using EmployerPortal.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmployerPortal.Web.Pages.Profile.TwoFactor;

/// <summary>Sets up an authenticator app: QR code and key, a code to confirm, then the recovery codes, shown once.</summary>
public sealed class EnableModel(ISender sender) : PageModel, IFormPage
{
    public AuthenticatorSetupDto Setup { get; private set; } = null!;

    public string QrCodeDataUri { get; private set; } = null!;

    public bool RequiredByCompany { get; private set; }

    /// <summary>Set once two-factor sign-in is on: the codes to show this one time.</summary>
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    /// <summary>The page the user was on their way to when the company's requirement sent them here.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string ContinueUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : Url.Page("Index")!;

    [BindProperty]
    [Display(Name = "Code from your authenticator app")]
    public string? Code { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var status = await sender.Send(new GetTwoFactorStatusQuery(), cancellationToken);
        if (status.Enabled)
        {
            return RedirectToPage("Index");
        }

        await LoadSetupAsync(status, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        RecoveryCodes = await sender.Send(new EnableTwoFactorCommand(Code), cancellationToken);
        return Page();
    }

    public string FieldPrefix => string.Empty;

    public string? ErrorMessage { get; set; }

    public async Task RedisplayAsync(CancellationToken cancellationToken) =>
        await LoadSetupAsync(await sender.Send(new GetTwoFactorStatusQuery(), cancellationToken), cancellationToken);

    private async Task LoadSetupAsync(TwoFactorStatusDto status, CancellationToken cancellationToken)
    {
        RequiredByCompany = status.RequiredByCompany;
        Setup = await sender.Send(new BeginAuthenticatorSetupCommand(), cancellationToken);
        QrCodeDataUri = QrCodeImage.DataUri(Setup.AuthenticatorUri);
    }
}
