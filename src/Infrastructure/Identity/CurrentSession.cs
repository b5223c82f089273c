using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;

namespace EmployerPortal.Infrastructure.Identity;

/// <summary>
/// What <see cref="UserSessionValidator"/> found for the current request's cookie, read by the pages, the session
/// endpoint, the two-factor requirement and the company clock: the session's one read per request also brings the
/// company's two-factor requirement, the user's two-factor state and the company's time zone, so a signed-in page
/// asks for none of them again.
/// </summary>
public sealed class CurrentSession
{
    /// <summary>When the open session closes unless the user does something first; null without one.</summary>
    public DateTimeOffset? ClosesAt { get; internal set; }

    /// <summary>The request came with a cookie whose session is over (ended, idle or expired).</summary>
    public bool HasEnded { get; internal set; }

    /// <summary>The open session's user must set up two-factor sign-in first (<see cref="Company.MustSetUpTwoFactor(bool, bool)"/>).</summary>
    public bool MustSetUpTwoFactor { get; internal set; }

    /// <summary>The open session's company and its time zone as read with the session; null without an open session.</summary>
    internal (CompanyId Company, CompanyTimeZone TimeZone)? CompanyTimeZone { get; set; }
}
