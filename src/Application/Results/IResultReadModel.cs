using EmployerPortal.Application.Results.Queries.GetEmployeeResults;
using EmployerPortal.Application.Results.Queries.SearchResults;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Results;

namespace EmployerPortal.Application.Results;

/// <summary>A stored result document of a company, with what is needed to serve it and to name it.</summary>
public sealed record ResultDocumentFile(
    Guid DocumentId,
    Guid VisitId,
    string EmployeeFirstName,
    string EmployeeLastName,
    DateOnly VisitDate,
    ResultType Type,
    string Title,
    string StorageKey,
    string Sha256,
    long SizeBytes)
{
    /// <summary>"Last, First — Type — yyyy-MM-dd": the bookmark of the document in a merged PDF.</summary>
    public string Bookmark => $"{EmployeeLastName}, {EmployeeFirstName} — {ResultTypes.Get(Type).DisplayName} — {VisitDate:yyyy-MM-dd}";
}

/// <summary>How a visit's employee compares with the people the company already has visits of.</summary>
public enum EmployeeMatch
{
    NewPerson,
    SamePerson,

    /// <summary>The employee id is already used by someone with another date of birth: a different person.</summary>
    EmployeeIdUsedByAnotherPerson,
}

/// <summary>
/// The read side of the results module (a query service: the search runs on denormalized, indexed columns that
/// only persistence knows about) and the per-user read marks.
/// </summary>
public interface IResultReadModel
{
    Task<ResultSearchPage> SearchAsync(PortalUserId userId, ResultSearchCriteria criteria, CancellationToken cancellationToken);

    /// <summary>
    /// Every row the search matches (not a page), in its order, at most <paramref name="max"/> of them: the CSV export.
    /// Scoped like the search (company, location, DER) by the data layer.
    /// </summary>
    Task<IReadOnlyList<ResultRowDto>> ListAsync(PortalUserId userId, ResultSearchCriteria criteria, int max, CancellationToken cancellationToken);

    /// <summary>The ids of the documents the search matches, in its order, at most <paramref name="max"/>: "select all that match".</summary>
    Task<IReadOnlyList<Guid>> ListIdsAsync(ResultSearchCriteria criteria, int max, CancellationToken cancellationToken);

    /// <summary>The company's documents among <paramref name="documentIds"/>; another company's ids are simply absent.</summary>
    Task<IReadOnlyList<ResultDocumentFile>> FindDocumentsAsync(IReadOnlyCollection<Guid> documentIds, CancellationToken cancellationToken);

    /// <summary>Every visit and result of the employee of <paramref name="visitId"/>, or null if that visit is not the company's.</summary>
    Task<EmployeeResultsDto?> GetEmployeeResultsAsync(PortalUserId userId, Guid visitId, CancellationToken cancellationToken);

    /// <summary>
    /// Whether the company already has visits of this person (same employee id and date of birth, or without an id the
    /// same name and date of birth), not counting the visit <paramref name="externalVisitId"/> itself.
    /// </summary>
    Task<EmployeeMatch> MatchEmployeeAsync(CompanyId companyId, Employee employee, string externalVisitId, CancellationToken cancellationToken);

    /// <summary>How many of the documents the user sees they have not opened yet, per type (types with none absent).</summary>
    Task<IReadOnlyList<ResultTypeCount>> CountUnreadDocumentsByTypeAsync(PortalUserId userId, CancellationToken cancellationToken);

    /// <summary>How many documents arrived at or after <paramref name="since"/>, per type (types with none absent).</summary>
    Task<IReadOnlyList<ResultTypeCount>> CountDocumentsReceivedByTypeAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>How many visits are scheduled in [<paramref name="from"/>, <paramref name="to"/>), per status (statuses with none absent).</summary>
    Task<IReadOnlyDictionary<VisitStatus, int>> CountVisitsByStatusAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>Marks the documents read by the user; committed with the current unit of work.</summary>
    Task MarkReadAsync(PortalUserId userId, IReadOnlyCollection<Guid> documentIds, DateTimeOffset at, CancellationToken cancellationToken);
}
