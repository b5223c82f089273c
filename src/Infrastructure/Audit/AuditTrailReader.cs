using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Time;
using EmployerPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Infrastructure.Audit;

/// <summary>One company's trail, with the acting and the targeted user's names resolved.</summary>
internal sealed class AuditTrailReader(PortalDbContext db) : IAuditTrailReader
{
    public Task<int> CountAsync(AccessHistoryFilter filter, CancellationToken cancellationToken) =>
        Filtered(filter).CountAsync(cancellationToken);

    public async Task<IReadOnlyList<AccessHistoryEntryDto>> ListAsync(AccessHistoryFilter filter, int skip, int take, CancellationToken cancellationToken)
    {
        var rows = await Filtered(filter)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip(skip).Take(take)
            .ToListAsync(cancellationToken);
        var userIds = rows.Select(r => r.UserId)
            .Concat(rows.Where(r => r.TargetType == "PortalUser").Select(r => Guid.TryParse(r.TargetId, out var id) ? id : (Guid?)null))
            .OfType<Guid>().Distinct().Select(id => new Domain.Common.PortalUserId(id)).ToList();
        var names = await db.PortalUsers.AsNoTracking()
            .Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, u.FirstName, u.LastName, u.Email })
            .ToDictionaryAsync(u => u.Id.Value, u => $"{u.FirstName} {u.LastName} <{u.Email}>", cancellationToken);

        return rows.Select(r => new AccessHistoryEntryDto(
            r.At,
            r.UserId,
            r.UserId is { } userId ? names.GetValueOrDefault(userId, userId.ToString()) : r.Actor ?? "unknown",
            r.Action,
            r.TargetType,
            r.TargetId,
            r.TargetType == "PortalUser" && Guid.TryParse(r.TargetId, out var target) ? names.GetValueOrDefault(target) : null,
            r.Details,
            r.ClientAddress)).ToList();
    }

    private IQueryable<AuditEntry> Filtered(AccessHistoryFilter filter)
    {
        var query = db.AuditEntries.AsNoTracking().AsQueryable();
        if (filter.UserId is { } userId)
        {
            var target = userId.ToString();
            query = query.Where(a => a.UserId == userId || (a.TargetType == "PortalUser" && a.TargetId == target));
        }

        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            query = query.Where(a => a.Action == filter.Action);
        }

        // The dates are the tenant company's local dates (the only company the filter lets through): a day runs from its
        // local midnight to the next.
        var local = filter.From is null && filter.To is null
            ? null
            : new LocalTime(db.Companies.AsNoTracking().Select(c => c.TimeZone).Single());
        if (filter.From is { } from)
        {
            var start = local!.StartOf(from);
            query = query.Where(a => a.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = local!.EndOf(to);
            query = query.Where(a => a.At < end);
        }

        return query;
    }
}
