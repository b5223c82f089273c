using EmployerPortal.Application.Results;
using EmployerPortal.Application.Results.Queries.GetEmployeeResults;
using EmployerPortal.Application.Results.Queries.SearchResults;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Results;
using EmployerPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Cols = EmployerPortal.Infrastructure.Results.ResultSearchColumns;

namespace EmployerPortal.Infrastructure.Results;

/// <summary>
/// The results search and document look-ups, on the search columns of <c>ResultDocuments</c>. Every query starts
/// with the company (the leading column of every index, put there by the tenant filter), pages with a bounded offset, and counts at most
/// <see cref="ResultLimits.MaxSearchRows"/> rows.
/// </summary>
internal sealed class ResultReadModel(PortalDbContext db) : IResultReadModel
{
    private const int MaxEmployeeVisits = 500;

    /// <summary>
    /// A name search matching more results than this, newest first, reads the page in date order through the
    /// company's received-date index, testing each row's name as it goes, instead of sorting every match: with this
    /// many matches a page is found after a few hundred index entries, however large the company. Fewer matches are
    /// read through the name indexes and sorted (at most this many rows).
    /// </summary>
    public const int DateOrderNameSearchAbove = 1_000;

    public async Task<ResultSearchPage> SearchAsync(PortalUserId userId, ResultSearchCriteria criteria, CancellationToken cancellationToken)
    {
        var counted = await Filter(criteria).Take(ResultLimits.MaxSearchRows + 1).CountAsync(cancellationToken);
        var rows = await Page(Filter(criteria, ReadsInDateOrder(criteria, counted)), userId, criteria).ToListAsync(cancellationToken);
        return new ResultSearchPage(
            rows,
            Math.Min(counted, ResultLimits.MaxSearchRows),
            counted > ResultLimits.MaxSearchRows,
            criteria.Page,
            criteria.PageSize);
    }

    /// <summary>Whether the page of a search with this many matches is read in date order (see <see cref="DateOrderNameSearchAbove"/>).</summary>
    private static bool ReadsInDateOrder(ResultSearchCriteria criteria, int counted) =>
        counted > DateOrderNameSearchAbove && criteria.Sort == ResultSort.Received && EmployeeNameKey.Normalize(criteria.EmployeeName).Length > 0;

    public async Task<IReadOnlyList<ResultRowDto>> ListAsync(PortalUserId userId, ResultSearchCriteria criteria, int max, CancellationToken cancellationToken) =>
        await Rows(Order(Filter(criteria), criteria).Take(max), userId).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Guid>> ListIdsAsync(ResultSearchCriteria criteria, int max, CancellationToken cancellationToken) =>
        (await Order(Filter(criteria), criteria).Take(max).Select(d => d.Id).ToListAsync(cancellationToken)).Select(id => id.Value).ToList();

    /// <summary>The SQL of the capped count of a search (its rows, as the count reads them), for the query-plan test.</summary>
    public string CountQueryString(ResultSearchCriteria criteria) =>
        Filter(criteria).Take(ResultLimits.MaxSearchRows + 1).Select(d => 1).ToQueryString();

    /// <summary>The SQL of the page query of a search matching <paramref name="counted"/> results, for the query-plan test.</summary>
    public string PageQueryString(PortalUserId userId, ResultSearchCriteria criteria, int counted = 0) =>
        Page(Filter(criteria, ReadsInDateOrder(criteria, counted)), userId, criteria).ToQueryString();

    public async Task<IReadOnlyList<ResultDocumentFile>> FindDocumentsAsync(IReadOnlyCollection<Guid> documentIds, CancellationToken cancellationToken)
    {
        var ids = documentIds.Select(id => new ResultDocumentId(id)).ToList();
        return await (
            from d in Documents().Where(d => ids.Contains(d.Id))
            join v in db.Set<VisitResult>().AsNoTracking() on EF.Property<VisitResultId>(d, Cols.VisitResultId) equals v.Id
            select new ResultDocumentFile(
                d.Id.Value,
                v.Id.Value,
                v.Employee.FirstName,
                v.Employee.LastName,
                EF.Property<DateOnly>(d, Cols.VisitDate),
                d.Type,
                d.Title,
                d.StorageKey,
                d.Sha256,
                d.SizeBytes)).ToListAsync(cancellationToken);
    }

    public async Task<EmployeeResultsDto?> GetEmployeeResultsAsync(PortalUserId userId, Guid visitId, CancellationToken cancellationToken)
    {
        var id = new VisitResultId(visitId);
        var key = await db.Set<VisitResult>().AsNoTracking()
            .Where(v => v.Id == id)
            .Select(v => EF.Property<string>(v, Cols.EmployeeKey))
            .FirstOrDefaultAsync(cancellationToken);
        if (key is null)
        {
            return null;
        }

        var visits = await db.Set<VisitResult>().AsNoTracking()
            .Where(v => EF.Property<string>(v, Cols.EmployeeKey) == key)
            .OrderByDescending(v => v.ScheduledAt)
            .Take(MaxEmployeeVisits)
            .Select(v => new { v.Id, v.Employee, v.ScheduledAt, v.Category, v.Clinic, v.Status })
            .ToListAsync(cancellationToken);
        var visitIds = visits.Select(v => v.Id).ToList();
        var documents = await Rows(
                Documents().Where(d => visitIds.Contains(EF.Property<VisitResultId>(d, Cols.VisitResultId)))
                    .OrderByDescending(d => d.ReceivedAt),
                userId)
            .ToListAsync(cancellationToken);

        var latest = visits[0].Employee;
        return new EmployeeResultsDto(
            latest.FirstName,
            latest.LastName,
            latest.EmployeeId,
            [.. visits.Select(v => new EmployeeVisitDto(
                v.Id.Value,
                v.ScheduledAt,
                v.Category,
                v.Clinic,
                v.Status,
                [.. documents.Where(d => d.VisitId == v.Id.Value)]))]);
    }

    public async Task<EmployeeMatch> MatchEmployeeAsync(CompanyId companyId, Employee employee, string externalVisitId, CancellationToken cancellationToken)
    {
        var others = db.Set<VisitResult>().AcrossCompanies().AsNoTracking()
            .Where(v => v.CompanyId == companyId && v.ExternalVisitId != externalVisitId);
        var key = Cols.EmployeeKeyOf(employee);
        if (await others.AnyAsync(v => EF.Property<string>(v, Cols.EmployeeKey) == key, cancellationToken))
        {
            return EmployeeMatch.SamePerson;
        }

        return Cols.EmployeeIdKeyPrefixOf(employee) is { } prefix
            && await others.AnyAsync(v => EF.Property<string>(v, Cols.EmployeeKey).StartsWith(prefix), cancellationToken)
            ? EmployeeMatch.EmployeeIdUsedByAnotherPerson
            : EmployeeMatch.NewPerson;
    }

    public async Task MarkReadAsync(PortalUserId userId, IReadOnlyCollection<Guid> documentIds, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var ids = documentIds.Distinct().Select(id => new ResultDocumentId(id)).ToList();
        var alreadyRead = await db.Set<ResultRead>()
            .Where(r => r.UserId == userId && ids.Contains(r.DocumentId))
            .Select(r => r.DocumentId)
            .ToListAsync(cancellationToken);
        var pending = db.ChangeTracker.Entries<ResultRead>().Where(e => e.Entity.UserId == userId).Select(e => e.Entity.DocumentId);
        foreach (var id in ids.Except(alreadyRead).Except(pending.ToList()))
        {
            db.Set<ResultRead>().Add(new ResultRead { UserId = userId, DocumentId = id, ReadAt = at });
        }
    }

    public async Task<IReadOnlyList<ResultTypeCount>> CountUnreadDocumentsByTypeAsync(PortalUserId userId, CancellationToken cancellationToken) =>
        await CountByTypeAsync(Documents().Where(d => !db.Set<ResultRead>().Any(r => r.UserId == userId && r.DocumentId == d.Id)), cancellationToken);

    public async Task<IReadOnlyList<ResultTypeCount>> CountDocumentsReceivedByTypeAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        await CountByTypeAsync(Documents().Where(d => d.ReceivedAt >= since), cancellationToken);

    public async Task<IReadOnlyDictionary<VisitStatus, int>> CountVisitsByStatusAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        await db.Set<VisitResult>().AsNoTracking()
            .Where(v => v.ScheduledAt >= from && v.ScheduledAt < to)
            .GroupBy(v => v.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);

    private static async Task<IReadOnlyList<ResultTypeCount>> CountByTypeAsync(IQueryable<ResultDocument> documents, CancellationToken cancellationToken) =>
        await documents.GroupBy(d => d.Type)
            .OrderBy(g => g.Key)
            .Select(g => new ResultTypeCount(g.Key, g.Count()))
            .ToListAsync(cancellationToken);

    /// <summary>The tenant's documents: the company filter of the data layer adds the leading index column.</summary>
    private IQueryable<ResultDocument> Documents() => db.Set<ResultDocument>().AsNoTracking();

    /// <param name="criteria">The search.</param>
    /// <param name="nameInDateOrder">
    /// The name is tested as a prefix of each key (the same rows: keys hold lower-case ASCII letters, digits and
    /// spaces only) in a form no index serves, so the database reads the company's rows in date order instead of
    /// sorting every match of the name indexes.
    /// </param>
    private IQueryable<ResultDocument> Filter(ResultSearchCriteria criteria, bool nameInDateOrder = false)
    {
        var query = Documents();
        var name = EmployeeNameKey.Normalize(criteria.EmployeeName);
        if (name.Length > 0 && nameInDateOrder)
        {
            var length = name.Length;
            query = query.Where(d =>
                EF.Property<string>(d, Cols.EmployeeLastFirstKey).Substring(0, length) == name
                || EF.Property<string>(d, Cols.EmployeeFirstLastKey).Substring(0, length) == name);
        }
        else if (name.Length > 0)
        {
            var end = name + EmployeeNameKey.RangeEnd;
            query = query.Where(d =>
                (string.Compare(EF.Property<string>(d, Cols.EmployeeLastFirstKey), name) >= 0 && string.Compare(EF.Property<string>(d, Cols.EmployeeLastFirstKey), end) < 0)
                || (string.Compare(EF.Property<string>(d, Cols.EmployeeFirstLastKey), name) >= 0 && string.Compare(EF.Property<string>(d, Cols.EmployeeFirstLastKey), end) < 0));
        }

        if (!string.IsNullOrWhiteSpace(criteria.EmployeeId))
        {
            var employeeId = criteria.EmployeeId.Trim();
            query = query.Where(d => EF.Property<string?>(d, Cols.EmployeeNumber) == employeeId);
        }

        if (criteria.VisitFrom is { } from)
        {
            query = query.Where(d => EF.Property<DateOnly>(d, Cols.VisitDate) >= from);
        }

        if (criteria.VisitTo is { } to)
        {
            query = query.Where(d => EF.Property<DateOnly>(d, Cols.VisitDate) <= to);
        }

        if (criteria.Category is { } category)
        {
            query = query.Where(d => EF.Property<VisitCategory>(d, Cols.Category) == category);
        }

        if (criteria.Type is { } type)
        {
            query = query.Where(d => d.Type == type);
        }

        if (criteria.Outcome is { } outcome)
        {
            query = query.Where(d => d.Outcome == outcome);
        }

        if (!string.IsNullOrWhiteSpace(criteria.Location))
        {
            var location = Domain.Companies.CompanyLocation.NormalizeCode(criteria.Location);
            query = query.Where(d => EF.Property<string>(d, Cols.LocationCode) == location);
        }

        return query;
    }

    private IQueryable<ResultRowDto> Page(IQueryable<ResultDocument> filtered, PortalUserId userId, ResultSearchCriteria criteria) =>
        Rows(Order(filtered, criteria).Skip((criteria.Page - 1) * criteria.PageSize).Take(criteria.PageSize), userId);

    private static IOrderedQueryable<ResultDocument> Order(IQueryable<ResultDocument> query, ResultSearchCriteria criteria)
    {
        var descending = criteria.Descending;
        var ordered = criteria.Sort switch
        {
            ResultSort.VisitDate => descending
                ? query.OrderByDescending(d => EF.Property<DateOnly>(d, Cols.VisitDate))
                : query.OrderBy(d => EF.Property<DateOnly>(d, Cols.VisitDate)),
            ResultSort.Employee => descending
                ? query.OrderByDescending(d => EF.Property<string>(d, Cols.EmployeeLastFirstKey))
                : query.OrderBy(d => EF.Property<string>(d, Cols.EmployeeLastFirstKey)),
            ResultSort.Type => descending ? query.OrderByDescending(d => d.Type) : query.OrderBy(d => d.Type),
            _ => descending ? query.OrderByDescending(d => d.ReceivedAt) : query.OrderBy(d => d.ReceivedAt),
        };
        return criteria.Sort == ResultSort.Received
            ? (descending ? ordered.ThenByDescending(d => d.Id) : ordered.ThenBy(d => d.Id))
            : ordered.ThenByDescending(d => d.ReceivedAt).ThenByDescending(d => d.Id);
    }

    private IQueryable<ResultRowDto> Rows(IQueryable<ResultDocument> documents, PortalUserId userId) =>
        from d in documents
        join v in db.Set<VisitResult>().AsNoTracking() on EF.Property<VisitResultId>(d, Cols.VisitResultId) equals v.Id
        select new ResultRowDto(
            d.Id.Value,
            v.Id.Value,
            v.Employee.FirstName,
            v.Employee.LastName,
            v.Employee.EmployeeId,
            EF.Property<DateOnly>(d, Cols.VisitDate),
            EF.Property<VisitCategory>(d, Cols.Category),
            d.Type,
            d.Title,
            d.Outcome,
            d.ReceivedAt,
            db.Set<ResultRead>().Any(r => r.UserId == userId && r.DocumentId == d.Id));
}
