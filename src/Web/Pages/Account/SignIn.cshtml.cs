using System.ComponentModel.DataAnnotations;
using EmployerPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using EmployerPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmployerPortal.Web.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(AccountSecurity.SignInPolicy)]
public sealed class SignInModel(PortalSignInManager signInManager) : PageModel
{
    public const string InvalidCredentialsMessage = "The email or password is incorrect.";
    public const string LockedOutMessage = "This account is locked after too many failed attempts. Try again in 15 minutes.";

    public const string SessionNoticeParameter = "session";
    public const string SessionEnded = "ended";
    public const string SessionEndedBeforePost = "ended-before-post";
    public const string SessionEndedMessage = "Your session has ended. Sign in again to continue.";
    public const string SessionEndedBeforePostMessage = "Your session ended, so the form was not sent. Sign in again and resubmit it.";

    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? ErrorMessage { get; private set; }

    [TempData]
    public string? SignInNotice { get; set; }

    /// <summary>Why the portal sent the user here: their session ended (<see cref="SessionEnded"/>), perhaps as they posted a form.</summary>
    [BindProperty(Name = SessionNoticeParameter, SupportsGet = true)]
    public string? SessionNotice { get; set; }

    public string? SessionNoticeMessage => SessionNotice switch
    {
        SessionEnded => SessionEndedMessage,
        SessionEndedBeforePost => SessionEndedBeforePostMessage,
        _ => null,
    };

    public void OnGet(string? email) => Input.Email ??= email;

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await signInManager.SignInWithPasswordAsync(Input.Email!, Input.Password!);
        if (outcome is PortalSignInOutcome.RequiresTwoFactor)
        {
            return RedirectToPage("SignInCode", new { ReturnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null });
        }

        ErrorMessage = outcome switch
        {
            PortalSignInOutcome.Succeeded => null,
            PortalSignInOutcome.LockedOut => LockedOutMessage,
            _ => InvalidCredentialsMessage,
        };
        if (ErrorMessage is not null)
        {
            return Page();
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }

    public sealed class SignInInput
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [EmailAddress(ErrorMessage = "Enter a valid email address.")]
        [Display(Name = "Email")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Enter your password.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string? Password { get; set; }
    }
}
