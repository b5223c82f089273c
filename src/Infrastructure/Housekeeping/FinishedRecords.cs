using EmployerPortal.Application.Housekeeping;
using EmployerPortal.Domain.Notices;
using EmployerPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Infrastructure.Housekeeping;

/// <summary>Deletes finished records of every company in one statement each (the daily sweep works across companies).</summary>
public sealed class FinishedRecords(PortalDbContext db) : IFinishedRecords
{
    public Task<int> RemoveSessionsFinishedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        db.UserSessions.AcrossCompanies()
            .Where(s => (s.EndedAt != null && s.EndedAt < before) || s.ExpiresAt < before)
            .ExecuteDeleteAsync(cancellationToken);

    public Task<int> RemoveNoticesSentBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        db.Set<PendingNotice>().AcrossCompanies()
            .Where(n => n.SentAt != null && n.SentAt < before)
            .ExecuteDeleteAsync(cancellationToken);
}
