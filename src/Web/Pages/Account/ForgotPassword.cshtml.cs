using System.ComponentModel.DataAnnotations;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Users.Commands.RequestPasswordReset;
using EmployerPortal.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using EmployerPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmployerPortal.Web.Pages.Account;

/// <summary>"Forgot your password?": the same answer whether or not the address has an account.</summary>
[AllowAnonymous]
[EnableRateLimiting(AccountSecurity.PasswordResetPolicy)]
public sealed class ForgotPasswordModel(ISender sender) : PageModel, IFormPage
{
    public const string SentMessage = "If that address belongs to an Employer Portal account, we have sent it a link to reset the password. The link expires in 1 hour.";

    [BindProperty]
    public ForgotInput Input { get; set; } = new();

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new RequestPasswordResetCommand(Input.Email), cancellationToken);
        Sent = true;
        return Page();
    }

    public string? ErrorMessage { get; set; }

    public Task RedisplayAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public sealed class ForgotInput
    {
        [Display(Name = "Email")]
        public string? Email { get; set; }
    }
}
