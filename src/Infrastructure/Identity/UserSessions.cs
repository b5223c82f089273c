using EmployerPortal.Application.Common.Security;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Infrastructure.Options;
using EmployerPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EmployerPortal.Infrastructure.Identity;

/// <summary>Sessions are identity records, looked up by their id or their user's: none of these reads is scoped to the tenant.</summary>
public sealed class UserSessions(PortalDbContext db, TimeProvider clock, IOptions<PortalOptions> options) : IUserSessions
{
    /// <summary>Asked on every signed-in request: compiled once, so a request pays for no LINQ translation or cache look-up.</summary>
    private static readonly Func<PortalDbContext, Guid, CancellationToken, Task<UserSession?>> ById =
        EF.CompileAsyncQuery((PortalDbContext context, Guid sessionId, CancellationToken _) =>
            context.UserSessions.AcrossCompanies().SingleOrDefault(s => s.Id == sessionId));

    /// <summary>
    /// The session with what every signed-in page needs besides (one statement, compiled): its company's two-factor
    /// requirement and time zone and its user's two-factor state, read fresh on every request like the session itself.
    /// </summary>
    private static readonly Func<PortalDbContext, Guid, CancellationToken, Task<SessionRead?>> ReadById =
        EF.CompileAsyncQuery((PortalDbContext context, Guid sessionId, CancellationToken _) =>
            (from session in context.UserSessions.AcrossCompanies()
             where session.Id == sessionId
             from company in context.Companies.AcrossCompanies().Where(c => EF.Property<Guid>(c, nameof(Company.Id)) == session.CompanyId)
             from user in context.Users.Where(u => u.Id == session.UserId)
             select new SessionRead(session, company.RequiresTwoFactor, user.TwoFactorEnabled, company.TimeZone))
            .SingleOrDefault());

    public TimeSpan IdleTimeout => options.Value.IdleTimeout;

    public UserSession Start(Guid userId, Guid companyId)
    {
        var session = UserSession.Start(userId, companyId, clock.GetUtcNow(), options.Value.SessionLifetime);
        db.UserSessions.Add(session);
        return session;
    }

    public Task<UserSession?> FindAsync(Guid sessionId, CancellationToken cancellationToken) =>
        ById(db, sessionId, cancellationToken);

    /// <summary>The session (tracked, so its activity can be recorded) with its company's and user's per-request facts.</summary>
    internal Task<SessionRead?> ReadAsync(Guid sessionId, CancellationToken cancellationToken) =>
        ReadById(db, sessionId, cancellationToken);

    public async Task EndAsync(Guid sessionId, SessionEndReason reason, CancellationToken cancellationToken) =>
        (await FindAsync(sessionId, cancellationToken))?.End(clock.GetUtcNow(), reason);

    public Task EndAllAsync(PortalUserId userId, SessionEndReason reason, CancellationToken cancellationToken) =>
        EndOpenAsync(db.UserSessions.Where(s => s.UserId == userId.Value), reason, cancellationToken);

    public Task EndAllOfCompanyAsync(CompanyId companyId, SessionEndReason reason, CancellationToken cancellationToken) =>
        EndOpenAsync(db.UserSessions.Where(s => s.CompanyId == companyId.Value), reason, cancellationToken);

    private async Task EndOpenAsync(IQueryable<UserSession> sessions, SessionEndReason reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var open = await sessions.AcrossCompanies().Where(s => s.EndedAt == null && s.ExpiresAt > now).ToListAsync(cancellationToken);
        open.ForEach(s => s.End(now, reason));
    }
}

/// <summary>A session as the per-request check reads it.</summary>
internal sealed record SessionRead(UserSession Session, bool CompanyRequiresTwoFactor, bool UserHasTwoFactor, CompanyTimeZone TimeZone);
