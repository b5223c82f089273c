using System.ComponentModel.DataAnnotations;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Companies.Locations;
using EmployerPortal.Application.Companies.Queries.GetMyLocations;
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

    /// <summary>The locations the Admin may grant (all of the company's, or their own), offered when there is a choice to make.</summary>
    public IReadOnlyList<LocationDto> Locations { get; private set; } = [];

    /// <summary>A location-scoped Admin invites only for their own locations, never for the whole company.</summary>
    public bool InvitesWithinLocations => currentUser.LocationCodes.Count > 0;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!currentUser.Can(Permission.GrantUserAccess))
        {
            throw new ForbiddenAccessException();
        }

        await RedisplayAsync(cancellationToken);
        if (InvitesWithinLocations)
        {
            Input.LocationCodes = [.. currentUser.LocationCodes];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            await RedisplayAsync(cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await sender.Send(new InviteUserCommand(Input.Email, Input.FirstName, Input.LastName, Input.Role, Input.LocationCodes), cancellationToken);
        TempData[nameof(IndexModel.StatusMessage)] = $"Invitation sent to {Input.Email!.Trim().ToLowerInvariant()}.";
        return RedirectToPage("/Users/Index");
    }

    public string? ErrorMessage { get; set; }

    public async Task RedisplayAsync(CancellationToken cancellationToken) =>
        Locations = await sender.Send(new GetMyLocationsQuery(), cancellationToken);

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

        /// <summary>Empty for the whole company.</summary>
        public List<string> LocationCodes { get; set; } = [];
    }
}
