using System.ComponentModel.DataAnnotations;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Users.Commands.InviteUser;
using EmployerPortal.Domain.Users;
using EmployerPortal.Web.Infrastructure;
using Mediator;
using EmployerPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmployerPortal.Web.Pages.Users;

/// <summary>An Admin invites a user of their company; the invitee gets an email with a 72-hour single-use link.</summary>
[EnableRateLimiting(AccountSecurity.InvitationPolicy)]
public sealed class InviteModel(ISender sender, ICurrentUser currentUser) : PageModel, IFormPage
{
    [BindProperty]
    public InviteInput Input { get; set; } = new();

    public IActionResult OnGet() =>
        currentUser.Can(Permission.GrantUserAccess) ? Page() : throw new ForbiddenAccessException();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await sender.Send(new InviteUserCommand(Input.Email, Input.FirstName, Input.LastName, Input.Role), cancellationToken);
        TempData[nameof(IndexModel.StatusMessage)] = $"Invitation sent to {Input.Email!.Trim().ToLowerInvariant()}.";
        return RedirectToPage("/Users/Index");
    }

    public string? ErrorMessage { get; set; }

    public Task RedisplayAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public sealed class InviteInput
    {
        [Display(Name = "Email")]
        public string? Email { get; set; }

        [Display(Name = "First name")]
        public string? FirstName { get; set; }

        [Display(Name = "Last name")]
        public string? LastName { get; set; }

        [Display(Name = "Role")]
        public UserRole Role { get; set; } = UserRole.ViewOnly;
    }
}
