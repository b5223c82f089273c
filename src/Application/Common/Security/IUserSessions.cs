using EmployerPortal.Domain.Common;

namespace EmployerPortal.Application.Common.Security;

/// <summary>The server-side record of each sign-in, shared by every node; a cookie is good only while its session is open.</summary>
public interface IUserSessions
{
    /// <summary>Ends every open session of the user: each cookie is refused at its next request. Staged in the unit of work.</summary>
    Task EndAllAsync(PortalUserId userId, SessionEndReason reason, CancellationToken cancellationToken);

    /// <summary>Ends every open session of the company's users, as <see cref="EndAllAsync"/> does.</summary>
    Task EndAllOfCompanyAsync(CompanyId companyId, SessionEndReason reason, CancellationToken cancellationToken);
}

public enum SessionEndReason
{
    SignedOut,

    /// <summary>The same browser signed in again (a refreshed sign-in): the new session replaces it.</summary>
    Replaced,
    UserDisabled,
    RoleChanged,
    PasswordChanged,
    TwoFactorReset,
    CompanySuspended,

    /// <summary>An Admin gave or took the DER mark: the next sign-in carries the new one.</summary>
    DerMarkChanged,

    /// <summary>An Admin changed which locations the user sees: the next sign-in carries the new scope.</summary>
    LocationsChanged,
}
