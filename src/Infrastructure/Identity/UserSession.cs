using EmployerPortal.Application.Common.Security;

namespace EmployerPortal.Infrastructure.Identity;

/// <summary>
/// One sign-in, kept in the portal database so every node sees it. It is open until it is ended (sign-out, a change to
/// the user's access), until the user has been idle for the idle timeout, or until its lifetime is over, whichever comes first.
/// </summary>
public sealed class UserSession
{
    /// <summary>Activity is written at most this often, so a busy user costs one write a minute, not one a request.</summary>
    public static readonly TimeSpan ActivityResolution = TimeSpan.FromMinutes(1);

    private UserSession()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public Guid CompanyId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The last request the user made (not a page refreshing itself), to within <see cref="ActivityResolution"/>.</summary>
    public DateTimeOffset LastActivityAt { get; private set; }

    /// <summary>The end of the session's lifetime, however active the user.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public SessionEndReason? EndReason { get; private set; }

    public static UserSession Start(Guid userId, Guid companyId, DateTimeOffset now, TimeSpan lifetime) => new()
    {
        Id = Guid.CreateVersion7(),
        UserId = userId,
        CompanyId = companyId,
        CreatedAt = now,
        LastActivityAt = now,
        ExpiresAt = now + lifetime,
    };

    /// <summary>When the session closes unless the user does something first.</summary>
    public DateTimeOffset ClosesAt(TimeSpan idleTimeout) => EndedAt ?? Min(LastActivityAt + idleTimeout, ExpiresAt);

    public bool IsOpenAt(DateTimeOffset now, TimeSpan idleTimeout) => now < ClosesAt(idleTimeout);

    /// <summary>Records the user's activity; true when that changed the record (once per <see cref="ActivityResolution"/>).</summary>
    public bool RecordActivity(DateTimeOffset now)
    {
        if (EndedAt is not null || now - LastActivityAt < ActivityResolution)
        {
            return false;
        }

        LastActivityAt = now;
        return true;
    }

    public void End(DateTimeOffset now, SessionEndReason reason)
    {
        if (EndedAt is null)
        {
            EndedAt = now;
            EndReason = reason;
        }
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
