using System.ComponentModel.DataAnnotations;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Users;
using EmployerPortal.Application.Users.Commands.AcceptInvitation;
using EmployerPortal.Application.Users.Queries.GetAccountLink;
using EmployerPortal.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using EmployerPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmployerPortal.Web.Pages.Account;

/// <summary>The invitee's link: choose a password, then sign in.</summary>
[AllowAnonymous]
[EnableRateLimiting(AccountSecurity.InvitationPolicy)]
public sealed class AcceptInvitationModel(ISender sender) : PageModel, IFormPage
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public AccountLinkDto? Invitation { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Invitation = await sender.Send(new GetAccountLinkQuery(Token, AccountTokenPurpose.Invitation), cancellationToken);
        if (Invitation is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var accepted = await sender.Send(new AcceptInvitationCommand(Token, Input.Password, Input.ConfirmPassword), cancellationToken);
        TempData["SignInNotice"] = "Your password is set. Sign in to continue.";
        return RedirectToPage("/Account/SignIn", new { email = accepted.Email });
    }

    public string? ErrorMessage { get; set; }

    public async Task RedisplayAsync(CancellationToken cancellationToken) =>
        Invitation = await sender.Send(new GetAccountLinkQuery(Token, AccountTokenPurpose.Invitation), cancellationToken);

    public sealed class PasswordInput
    {
        [DataType(DataType.Password)]
        [Display(Name = "New password")]
        public string? Password { get; set; }

        [DataType(DataType.Password)]
        [Display(Name = "Confirm the password")]
        public string? ConfirmPassword { get; set; }
    }
}
