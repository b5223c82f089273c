using EmployerPortal.Application.Common.Time;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Results;
using EmployerPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Infrastructure.Results;

/// <summary>
/// Puts the results list's visit date in each company's own calendar. Documents stored before companies had time
/// zones carry the UTC date (a 7 PM Central visit on Dec 1 filed under Dec 2); SQL cannot convert IANA zones, so the
/// migrator runs this once, right after the migration that gave companies their zone.
/// </summary>
internal static class LocalVisitDates
{
    /// <summary>The migration after which the stored dates are recomputed (its id ends with this name on each provider).</summary>
    public const string AfterMigration = "_AddCompanyTimeZone";

    private const int UpdateBatchSize = 500;

    /// <summary>Rewrites every visit date that differs from the local one; answers how many documents changed.</summary>
    public static async Task<int> RecomputeAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var calendars = await db.Companies.AcrossCompanies().AsNoTracking()
            .Select(c => new { c.Id, c.TimeZone })
            .ToDictionaryAsync(c => c.Id, c => new LocalTime(c.TimeZone), cancellationToken);

        var stored = from document in db.Set<ResultDocument>().AcrossCompanies().AsNoTracking()
                     join visit in db.VisitResults.AcrossCompanies() on EF.Property<VisitResultId>(document, ResultSearchColumns.VisitResultId) equals visit.Id
                     select new
                     {
                         document.Id,
                         visit.CompanyId,
                         visit.ScheduledAt,
                         VisitDate = EF.Property<DateOnly>(document, ResultSearchColumns.VisitDate),
                     };

        var moves = new Dictionary<DateOnly, List<ResultDocumentId>>();
        await foreach (var row in stored.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var local = calendars[row.CompanyId].DateOf(row.ScheduledAt);
            if (local != row.VisitDate)
            {
                (moves.TryGetValue(local, out var ids) ? ids : moves[local] = []).Add(row.Id);
            }
        }

        var changed = 0;
        foreach (var (date, ids) in moves)
        {
            foreach (var batch in ids.Chunk(UpdateBatchSize))
            {
                changed += await db.Set<ResultDocument>().AcrossCompanies()
                    .Where(d => batch.Contains(d.Id))
                    .ExecuteUpdateAsync(set => set.SetProperty(d => EF.Property<DateOnly>(d, ResultSearchColumns.VisitDate), date), cancellationToken);
            }
        }

        return changed;
    }
}
