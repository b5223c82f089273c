namespace EmployerPortal.Infrastructure.Identity;

/// <summary>What <see cref="UserSessionValidator"/> found for the current request's cookie, read by the pages and the session endpoint.</summary>
public sealed class CurrentSession
{
    /// <summary>When the open session closes unless the user does something first; null without one.</summary>
    public DateTimeOffset? ClosesAt { get; internal set; }

    /// <summary>The request came with a cookie whose session is over (ended, idle or expired).</summary>
    public bool HasEnded { get; internal set; }
}
