using EmployerPortal.Domain.Common;

namespace EmployerPortal.Application.Common.Security;

/// <summary>Credentials of portal users, kept by infrastructure (ASP.NET Core Identity).</summary>
public interface IIdentityService
{
    /// <summary>Creates the credentials of a portal user; returns the password-policy errors, if any.</summary>
    Task<IReadOnlyList<string>> CreateCredentialsAsync(PortalUserId userId, string email, string password, CancellationToken cancellationToken);
}
