using EmployerPortal.Domain.Common;

namespace EmployerPortal.Application.Common.Security;

/// <summary>Credentials of portal users, kept by infrastructure (ASP.NET Core Identity).</summary>
public interface IIdentityService
{
    /// <summary>Creates the credentials of a portal user; returns the password-policy errors, if any.</summary>
    Task<IReadOnlyList<string>> CreateCredentialsAsync(PortalUserId userId, string email, string password, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the password (reset) if it meets the policy and clears a lockout.
    /// Staged in the unit of work. Returns the policy errors, if any.
    /// </summary>
    Task<IReadOnlyList<string>> SetPasswordAsync(PortalUserId userId, string newPassword, CancellationToken cancellationToken);

    /// <summary>Checks the current password (a wrong one counts toward the lockout), then sets the new one as <see cref="SetPasswordAsync"/> does.</summary>
    Task<PasswordChangeResult> ChangePasswordAsync(PortalUserId userId, string currentPassword, string newPassword, CancellationToken cancellationToken);
}

public sealed record PasswordChangeResult(CurrentPasswordCheck CurrentPassword, IReadOnlyList<string> PolicyErrors);
