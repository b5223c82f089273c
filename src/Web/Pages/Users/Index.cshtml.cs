using EmployerPortal.Web.Infrastructure;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Companies.Locations;
using EmployerPortal.Application.Companies.Queries.GetMyLocations;
using EmployerPortal.Application.Users.Commands.ChangeUserLocations;
using EmployerPortal.Application.Users.Commands.ChangeUserRole;
using EmployerPortal.Application.Users.Commands.SetDerMark;
using EmployerPortal.Application.Users.Commands.DisableUser;
using EmployerPortal.Application.Users.Commands.EnableUser;
using EmployerPortal.Application.Users.Commands.ResendInvitation;
using EmployerPortal.Application.Users.Commands.ResetUserTwoFactor;
using EmployerPortal.Application.Users.Commands.RevokeInvitation;
using EmployerPortal.Application.Users.Queries.ListCompanyUsers;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Users;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmployerPortal.Web.Pages.Users;

/// <summary>The company's users (Admin): role, status, two-factor, last sign-in, and the access changes an Admin may make.</summary>
public sealed class IndexModel(ISender sender) : PageModel, IFormPage
{
    public IReadOnlyList<CompanyUserDto> Users { get; private set; } = [];

    /// <summary>The locations the Admin may grant (the company's, or their own): a user can be limited to some of them when there are two or more.</summary>
    public IReadOnlyList<LocationDto> Locations { get; private set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public string? ErrorMessage { get; set; }

    public string? FieldPrefix => null;

    public Task OnGetAsync(CancellationToken cancellationToken) => RedisplayAsync(cancellationToken);

    public Task<IActionResult> OnPostChangeRoleAsync(Guid id, UserRole? role, CancellationToken cancellationToken) =>
        ModelState.IsValid && role is { } newRole
            ? RunAsync(new ChangeUserRoleCommand(id, newRole), $"Role changed to {RoleName(newRole)}. Their sessions have ended; they sign in again with the new role.", cancellationToken)
            : RedisplayAsync("Choose the new role: Admin or View Only.", StatusCodes.Status400BadRequest, cancellationToken);

    public Task<IActionResult> OnPostDerMarkAsync(Guid id, bool? isDer, CancellationToken cancellationToken) =>
        ModelState.IsValid && isDer is { } mark
            ? RunAsync(new SetDerMarkCommand(id, mark), mark
                ? "Marked as DER: from their next sign-in they see drug and alcohol test results. Their open sessions have ended."
                : "DER mark removed: they no longer see drug and alcohol test results. Their open sessions have ended.", cancellationToken)
            : RedisplayAsync("Say whether the user is a DER.", StatusCodes.Status400BadRequest, cancellationToken);

    /// <summary>No location ticked makes the user company-wide.</summary>
    public Task<IActionResult> OnPostLocationsAsync(Guid id, List<string>? locationCodes, CancellationToken cancellationToken) =>
        RunAsync(new ChangeUserLocationsCommand(id, locationCodes ?? []), locationCodes is { Count: > 0 }
            ? $"They now see {string.Join(", ", locationCodes)} only. Their open sessions have ended."
            : "They now see the whole company. Their open sessions have ended.", cancellationToken);

    public Task<IActionResult> OnPostDisableAsync(Guid id, CancellationToken cancellationToken) =>
        RunAsync(new DisableUserCommand(id), "User disabled. Their open sessions end at their next request.", cancellationToken);

    public Task<IActionResult> OnPostEnableAsync(Guid id, CancellationToken cancellationToken) =>
        RunAsync(new EnableUserCommand(id), "User enabled.", cancellationToken);

    public Task<IActionResult> OnPostResetTwoFactorAsync(Guid id, CancellationToken cancellationToken) =>
        RunAsync(new ResetUserTwoFactorCommand(id), ResetTwoFactorDone, cancellationToken);

    public const string ResetTwoFactorDone =
        "Two-factor authentication reset. The user's sessions have ended; they sign in with their password and set up two-factor again.";

    public Task<IActionResult> OnPostResendAsync(Guid id, CancellationToken cancellationToken) =>
        RunAsync(new ResendInvitationCommand(id), "Invitation sent again. The earlier link no longer works.", cancellationToken);

    public Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken cancellationToken) =>
        RunAsync(new RevokeInvitationCommand(id), "Invitation revoked.", cancellationToken);

    /// <summary>Sends the change; a broken rule is shown above the list (409, <see cref="FormFailurePageFilter"/>), anything else goes to the error mapping.</summary>
    private async Task<IActionResult> RunAsync<TCommand>(TCommand command, string done, CancellationToken cancellationToken)
        where TCommand : ICommand
    {
        await sender.Send(command, cancellationToken);
        StatusMessage = done;
        return RedirectToPage();
    }

    public async Task RedisplayAsync(CancellationToken cancellationToken)
    {
        Users = await sender.Send(new ListCompanyUsersQuery(), cancellationToken);
        Locations = await sender.Send(new GetMyLocationsQuery(), cancellationToken);
    }

    private async Task<IActionResult> RedisplayAsync(string error, int status, CancellationToken cancellationToken)
    {
        ErrorMessage = error;
        await RedisplayAsync(cancellationToken);
        Response.StatusCode = status;
        return Page();
    }

    public static string RoleName(UserRole role) => role == UserRole.Admin ? "Admin" : "View Only";

    /// <summary>What a role change does, said before the Admin confirms it.</summary>
    public static string RoleChangeExplanation(string fullName, UserRole newRole) => newRole == UserRole.Admin
        ? $"{fullName} is signed out everywhere and signs in again as an Admin. Then they can also edit the company account, delete authorizations, manage users and read the access history."
        : $"{fullName} is signed out everywhere and signs in again as View Only. Then they can no longer edit the company account, delete authorizations, manage users or read the access history.";
}
