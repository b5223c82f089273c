using EmployerPortal.Application.Results;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Reports;
using EmployerPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Infrastructure.Audit;

/// <summary>
/// Names what a page of trail entries touched, one look-up per kind of target for the whole page. The company's query
/// filters apply: a target the reader may not see (or that is gone) keeps a plain name of its kind.
/// </summary>
internal sealed class AuditTargetNames(PortalDbContext db, IResultReadModel results)
{
    public const string PortalUser = "PortalUser";
    public const string ResultDocument = "ResultDocument";
    public const string Authorization = "Authorization";

    public async Task<IReadOnlyDictionary<(string Type, string Id), string>> NameAsync(IReadOnlyList<AuditEntry> rows, CancellationToken cancellationToken)
    {
        var names = new Dictionary<(string, string), string>();
        foreach (var (id, name) in await UsersAsync(IdsOf(rows, PortalUser).Concat(rows.Select(r => r.UserId).OfType<Guid>()), cancellationToken))
        {
            names[(PortalUser, id.ToString())] = name;
        }

        foreach (var document in await results.FindDocumentsAsync(IdsOf(rows, ResultDocument).ToList(), cancellationToken))
        {
            names[(ResultDocument, document.DocumentId.ToString())] = $"{document.Title} for {document.EmployeeFirstName} {document.EmployeeLastName}";
        }

        var authorizationIds = IdsOf(rows, Authorization).Select(id => new AuthorizationId(id)).ToList();
        foreach (var authorization in await db.Authorizations.AsNoTracking().Where(a => authorizationIds.Contains(a.Id))
                     .Select(a => new { a.Id, a.Number, a.Employee.FirstName, a.Employee.LastName }).ToListAsync(cancellationToken))
        {
            names[(Authorization, authorization.Id.ToString())] = $"Authorization {authorization.Number.Display} for {authorization.FirstName} {authorization.LastName}";
        }

        var reportIds = IdsOf(rows, nameof(DeliveredReport)).Select(id => new DeliveredReportId(id)).ToList();
        foreach (var report in await db.Set<DeliveredReport>().AsNoTracking().Where(r => reportIds.Contains(r.Id))
                     .Select(r => new { r.Id, r.Kind }).ToListAsync(cancellationToken))
        {
            names[(nameof(DeliveredReport), report.Id.ToString())] = ReportKinds.DisplayName(report.Kind);
        }

        var subscriptionIds = IdsOf(rows, nameof(ReportSubscription)).Select(id => new ReportSubscriptionId(id)).ToList();
        foreach (var subscription in await db.Set<ReportSubscription>().AsNoTracking().Where(s => subscriptionIds.Contains(s.Id))
                     .Select(s => new { s.Id, s.Kind }).ToListAsync(cancellationToken))
        {
            names[(nameof(ReportSubscription), subscription.Id.ToString())] = $"{ReportKinds.DisplayName(subscription.Kind)} subscription";
        }

        foreach (var kind in rows.Where(r => r.TargetType == "Report").Select(r => r.TargetId).Distinct())
        {
            if (Enum.TryParse<ReportKind>(kind, out var parsed) && Enum.IsDefined(parsed))
            {
                names[("Report", kind!)] = ReportKinds.DisplayName(parsed);
            }
        }

        if (rows.Any(r => r.TargetType == "Company"))
        {
            foreach (var company in await db.Companies.AsNoTracking().Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken))
            {
                names[("Company", company.Id.ToString())] = $"Company account of {company.Name}";
            }
        }

        return names;
    }

    /// <summary>A target that could not be named: its kind in words, never its id.</summary>
    public static string? Unnamed(string? targetType) => targetType switch
    {
        null => null,
        PortalUser => "a user no longer on file",
        ResultDocument => "a result document you cannot see",
        Authorization => "an authorization no longer on file",
        nameof(DeliveredReport) => "a delivered report",
        nameof(ReportSubscription) => "a report subscription",
        "Report" => "a report",
        "Company" => "the company account",
        _ => targetType,
    };

    private async Task<Dictionary<Guid, string>> UsersAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var userIds = ids.Distinct().Select(id => new PortalUserId(id)).ToList();
        return await db.PortalUsers.AsNoTracking()
            .Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, u.FirstName, u.LastName, u.Email })
            .ToDictionaryAsync(u => u.Id.Value, u => $"{u.FirstName} {u.LastName} <{u.Email}>", cancellationToken);
    }

    private static IEnumerable<Guid> IdsOf(IEnumerable<AuditEntry> rows, string targetType) =>
        rows.Where(r => r.TargetType == targetType)
            .Select(r => Guid.TryParse(r.TargetId, out var id) ? id : (Guid?)null)
            .OfType<Guid>()
            .Distinct();
}
