using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Users;
using EmployerPortal.Application.Users.Commands.ResetPassword;
using EmployerPortal.Application.Users.Queries.GetAccountLink;
using EmployerPortal.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using EmployerPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmployerPortal.Web.Pages.Account;

/// <summary>The reset link: choose a new password; every other session of the user ends.</summary>
[AllowAnonymous]
[EnableRateLimiting(AccountSecurity.PasswordResetPolicy)]
public sealed class ResetPasswordModel(ISender sender) : PageModel, IFormPage
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public AcceptInvitationModel.PasswordInput Input { get; set; } = new();

    public AccountLinkDto? Link { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Link = await sender.Send(new GetAccountLinkQuery(Token, AccountTokenPurpose.PasswordReset), cancellationToken);
        if (Link is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var email = await sender.Send(new ResetPasswordCommand(Token, Input.Password, Input.ConfirmPassword), cancellationToken);
        TempData["SignInNotice"] = "Your password has been reset. Sign in with the new password.";
        return RedirectToPage("/Account/SignIn", new { email });
    }

    public string? ErrorMessage { get; set; }

    public async Task RedisplayAsync(CancellationToken cancellationToken) =>
        Link = await sender.Send(new GetAccountLinkQuery(Token, AccountTokenPurpose.PasswordReset), cancellationToken);
}
