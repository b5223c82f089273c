using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Time;
using EmployerPortal.Application.Results;
using EmployerPortal.Domain.Results;
using EmployerPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Cols = EmployerPortal.Infrastructure.Results.ResultSearchColumns;

namespace EmployerPortal.Infrastructure.Audit;

/// <summary>One company's trail (the data layer's company filter), with who acted and what they touched named.</summary>
internal sealed class AuditTrailReader(PortalDbContext db, AuditTargetNames targets) : IAuditTrailReader
{
    public async Task<int> CountAsync(AccessHistoryFilter filter, CancellationToken cancellationToken) =>
        await (await FilteredAsync(filter, cancellationToken)).CountAsync(cancellationToken);

    public async Task<IReadOnlyList<AccessHistoryEntryDto>> ListAsync(AccessHistoryFilter filter, int skip, int take, CancellationToken cancellationToken)
    {
        var rows = await (await FilteredAsync(filter, cancellationToken))
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip(skip).Take(take)
            .ToListAsync(cancellationToken);
        var names = await targets.NameAsync(rows, cancellationToken);

        return rows.Select(r => new AccessHistoryEntryDto(
            r.At,
            r.UserId,
            r.UserId is { } userId ? names.GetValueOrDefault((AuditTargetNames.PortalUser, userId.ToString())) ?? AuditTargetNames.Unnamed(AuditTargetNames.PortalUser)! : r.Actor ?? "unknown",
            r.Action,
            r.TargetType is { } type && r.TargetId is { } id ? names.GetValueOrDefault((type, id)) ?? AuditTargetNames.Unnamed(type) : null,
            r.Details,
            r.ClientAddress)).ToList();
    }

    private async Task<IQueryable<AuditEntry>> FilteredAsync(AccessHistoryFilter filter, CancellationToken cancellationToken)
    {
        var query = db.AuditEntries.AsNoTracking().AsQueryable();
        if (filter.UserId is { } userId)
        {
            var target = userId.ToString();
            query = query.Where(a => a.UserId == userId || (a.TargetType == AuditTargetNames.PortalUser && a.TargetId == target));
        }

        if (!string.IsNullOrWhiteSpace(filter.Employee))
        {
            var documents = await DocumentsOfEmployeeAsync(filter.Employee, cancellationToken);
            var authorizations = await AuthorizationsOfEmployeeAsync(filter.Employee, cancellationToken);
            query = query.Where(a =>
                (a.TargetType == AuditTargetNames.ResultDocument && documents.Contains(a.TargetId!))
                || (a.TargetType == AuditTargetNames.Authorization && authorizations.Contains(a.TargetId!)));
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

    /// <summary>The ids of the documents whose employee's name starts so (surname first or first name first), as the results search matches.</summary>
    private async Task<List<string>> DocumentsOfEmployeeAsync(string employee, CancellationToken cancellationToken)
    {
        var name = EmployeeNameKey.Normalize(employee);
        var end = name + EmployeeNameKey.RangeEnd;
        var ids = await db.Set<ResultDocument>().AsNoTracking()
            .Where(d =>
                (string.Compare(EF.Property<string>(d, Cols.EmployeeLastFirstKey), name) >= 0 && string.Compare(EF.Property<string>(d, Cols.EmployeeLastFirstKey), end) < 0)
                || (string.Compare(EF.Property<string>(d, Cols.EmployeeFirstLastKey), name) >= 0 && string.Compare(EF.Property<string>(d, Cols.EmployeeFirstLastKey), end) < 0))
            .Select(d => d.Id)
            .ToListAsync(cancellationToken);
        return ids.ConvertAll(id => id.ToString());
    }

    /// <summary>The ids of the authorizations whose employee's name starts so ("Rivera", "Rivera, Dana", "Dana Riv"), any case.</summary>
    private async Task<List<string>> AuthorizationsOfEmployeeAsync(string employee, CancellationToken cancellationToken)
    {
        var name = string.Join(' ', employee.Replace(',', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        var ids = await db.Authorizations.AsNoTracking()
            .Where(a => (a.Employee.LastName + " " + a.Employee.FirstName).ToLower().StartsWith(name)
                || (a.Employee.FirstName + " " + a.Employee.LastName).ToLower().StartsWith(name))
            .Select(a => a.Id)
            .ToListAsync(cancellationToken);
        return ids.ConvertAll(id => id.ToString());
    }
}
