using System.ComponentModel.DataAnnotations;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Users.Commands.ChangeMyPassword;
using EmployerPortal.Application.Users.Commands.UpdateMyProfile;
using EmployerPortal.Application.Users.Queries.GetMyProfile;
using EmployerPortal.Application.Users.Queries.GetTwoFactorStatus;
using EmployerPortal.Infrastructure.Identity;
using EmployerPortal.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmployerPortal.Web.Pages.Profile;

/// <summary>"My profile": the signed-in user's name and password.</summary>
public sealed class IndexModel(ISender sender, PortalSignInManager signInManager) : PageModel
{
    public MyProfileDto Profile { get; private set; } = null!;

    public TwoFactorStatusDto TwoFactor { get; private set; } = null!;

    [BindProperty]
    public NameInput Name { get; set; } = new();

    [BindProperty]
    public PasswordInput Password { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Profile = await sender.Send(new GetMyProfileQuery(), cancellationToken);
        TwoFactor = await sender.Send(new GetTwoFactorStatusQuery(), cancellationToken);
        Name = new NameInput { FirstName = Profile.FirstName, LastName = Profile.LastName };
    }

    public async Task<IActionResult> OnPostNameAsync(CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(new UpdateMyProfileCommand(Name.FirstName, Name.LastName), cancellationToken);
        }
        catch (ValidationFailedException ex)
        {
            return await RedisplayAsync(ex, nameof(Name), cancellationToken);
        }

        await RenewSessionAsync();
        StatusMessage = "Your name has been saved.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostPasswordAsync(CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(new ChangeMyPasswordCommand(Password.CurrentPassword, Password.NewPassword, Password.ConfirmPassword), cancellationToken);
        }
        catch (ValidationFailedException ex)
        {
            return await RedisplayAsync(ex, nameof(Password), cancellationToken, keepName: true);
        }

        await RenewSessionAsync();
        StatusMessage = "Your password has been changed. Your other sessions have ended.";
        return RedirectToPage();
    }

    /// <summary>The new password changed the security stamp: this session gets a fresh cookie, the others end.</summary>
    private async Task RenewSessionAsync()
    {
        if (await signInManager.UserManager.GetUserAsync(User) is { } user)
        {
            await signInManager.RefreshSignInAsync(user);
        }
    }

    private async Task<IActionResult> RedisplayAsync(ValidationFailedException ex, string prefix, CancellationToken cancellationToken, bool keepName = false)
    {
        Profile = await sender.Send(new GetMyProfileQuery(), cancellationToken);
        TwoFactor = await sender.Send(new GetTwoFactorStatusQuery(), cancellationToken);
        if (keepName)
        {
            Name = new NameInput { FirstName = Profile.FirstName, LastName = Profile.LastName };
        }

        ModelState.AddValidationErrors(ex, prefix);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public sealed class NameInput
    {
        [Display(Name = "First name")]
        public string? FirstName { get; set; }

        [Display(Name = "Last name")]
        public string? LastName { get; set; }
    }

    public sealed class PasswordInput
    {
        [DataType(DataType.Password)]
        [Display(Name = "Current password")]
        public string? CurrentPassword { get; set; }

        [DataType(DataType.Password)]
        [Display(Name = "New password")]
        public string? NewPassword { get; set; }

        [DataType(DataType.Password)]
        [Display(Name = "Confirm the new password")]
        public string? ConfirmPassword { get; set; }
    }
}
