using System.ComponentModel.DataAnnotations;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Users.Commands.ChangeMyNoticeFrequency;
using EmployerPortal.Application.Users.Commands.ChangeMyPassword;
using EmployerPortal.Application.Users.Commands.UpdateMyProfile;
using EmployerPortal.Application.Users.Queries.GetMyProfile;
using EmployerPortal.Application.Users.Queries.GetTwoFactorStatus;
using EmployerPortal.Domain.Users;
using EmployerPortal.Infrastructure.Identity;
using EmployerPortal.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmployerPortal.Web.Pages.Profile;

/// <summary>"My profile": the signed-in user's name, password and notice preference.</summary>
public sealed class IndexModel(ISender sender, PortalSignInManager signInManager) : PageModel, IFormPage
{
    public MyProfileDto Profile { get; private set; } = null!;

    public TwoFactorStatusDto TwoFactor { get; private set; } = null!;

    [BindProperty]
    public NameInput Name { get; set; } = new();

    [BindProperty]
    public PasswordInput Password { get; set; } = new();

    [BindProperty]
    public NoticesInput Notices { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Profile = await sender.Send(new GetMyProfileQuery(), cancellationToken);
        TwoFactor = await sender.Send(new GetTwoFactorStatusQuery(), cancellationToken);
        Name = new NameInput { FirstName = Profile.FirstName, LastName = Profile.LastName };
        Notices = new NoticesInput { Frequency = Profile.NoticeFrequency };
    }

    public async Task<IActionResult> OnPostNameAsync(CancellationToken cancellationToken)
    {
        FieldPrefix = nameof(Name);
        await sender.Send(new UpdateMyProfileCommand(Name.FirstName, Name.LastName), cancellationToken);

        await RenewSessionAsync();
        StatusMessage = "Your name has been saved.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostPasswordAsync(CancellationToken cancellationToken)
    {
        FieldPrefix = nameof(Password);
        await sender.Send(new ChangeMyPasswordCommand(Password.CurrentPassword, Password.NewPassword, Password.ConfirmPassword), cancellationToken);

        await RenewSessionAsync();
        StatusMessage = "Your password has been changed. Your other sessions have ended.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostNoticesAsync(CancellationToken cancellationToken)
    {
        FieldPrefix = nameof(Notices);
        await sender.Send(new ChangeMyNoticeFrequencyCommand(Notices.Frequency), cancellationToken);

        StatusMessage = "Your notice preference has been saved.";
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

    /// <summary>The form being posted (name, password or notices): its fields get the messages.</summary>
    public string? FieldPrefix { get; private set; }

    public string? ErrorMessage { get; set; }

    /// <summary>Shows the page again; the forms not posted show what is saved.</summary>
    public async Task RedisplayAsync(CancellationToken cancellationToken)
    {
        Profile = await sender.Send(new GetMyProfileQuery(), cancellationToken);
        TwoFactor = await sender.Send(new GetTwoFactorStatusQuery(), cancellationToken);
        if (FieldPrefix != nameof(Name))
        {
            Name = new NameInput { FirstName = Profile.FirstName, LastName = Profile.LastName };
        }

        if (FieldPrefix != nameof(Notices))
        {
            Notices = new NoticesInput { Frequency = Profile.NoticeFrequency };
        }
    }

    public sealed class NameInput
    {
        [Display(Name = "First name")]
        public string? FirstName { get; set; }

        [Display(Name = "Last name")]
        public string? LastName { get; set; }
    }

    public sealed class NoticesInput
    {
        [Display(Name = "New results and letters")]
        public NoticeFrequency? Frequency { get; set; }
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
