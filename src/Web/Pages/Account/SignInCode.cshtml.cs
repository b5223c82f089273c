using System.ComponentModel.DataAnnotations;
using EmployerPortal.Infrastructure.Identity;
using EmployerPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace EmployerPortal.Web.Pages.Account;

/// <summary>
/// The second step of signing in for a user with two-factor sign-in: the code from their authenticator app or a
/// recovery code. Only reachable within five minutes of the password step in the same browser. "Remember this
/// browser" is deliberately not offered: every sign-in asks for a code.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(AccountSecurity.SignInPolicy)]
public sealed class SignInCodeModel(PortalSignInManager signInManager) : PageModel
{
    public const string InvalidCodeMessage = "That code is not right. Enter the code your authenticator app shows now, or an unused recovery code.";
    public const string ExpiredMessage = "Your sign-in took too long. Enter your email and password again.";

    [BindProperty]
    [Required(ErrorMessage = "Enter the code from your authenticator app.")]
    [StringLength(40)]
    [Display(Name = "Authentication code")]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? ErrorMessage { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null ? Expired() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        switch (await signInManager.SignInWithSecondFactorAsync(Code!))
        {
            case PortalTwoFactorOutcome.Succeeded:
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
            case PortalTwoFactorOutcome.Expired:
                return Expired();
            case PortalTwoFactorOutcome.LockedOut:
                ErrorMessage = SignInModel.LockedOutMessage;
                return Page();
            default:
                ModelState.AddModelError(nameof(Code), InvalidCodeMessage);
                return Page();
        }
    }

    private RedirectToPageResult Expired()
    {
        TempData[nameof(SignInModel.SignInNotice)] = ExpiredMessage;
        return RedirectToPage("SignIn", new { ReturnUrl });
    }
}
