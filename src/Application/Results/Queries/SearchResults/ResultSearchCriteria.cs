using EmployerPortal.Domain.Results;

namespace EmployerPortal.Application.Results.Queries.SearchResults;

public enum ResultSort
{
    Received = 0,
    VisitDate = 1,
    Employee = 2,
    Type = 3,
}

/// <summary>The filters, order and page of a results search; every filter is optional.</summary>
public sealed record ResultSearchCriteria(
    string? EmployeeName = null,
    string? EmployeeId = null,
    DateOnly? VisitFrom = null,
    DateOnly? VisitTo = null,
    VisitCategory? Category = null,
    ResultType? Type = null,
    ResultOutcome? Outcome = null,
    ResultSort Sort = ResultSort.Received,
    bool Descending = true,
    int Page = 1,
    int PageSize = ResultLimits.DefaultPageSize,
    string? Location = null);

/// <summary>One row of the results list.</summary>
public sealed record ResultRowDto(
    Guid DocumentId,
    Guid VisitId,
    string EmployeeFirstName,
    string EmployeeLastName,
    string? EmployeeId,
    DateOnly VisitDate,
    VisitCategory Category,
    ResultType Type,
    string Title,
    ResultOutcome? Outcome,
    DateTimeOffset ReceivedAt,
    bool IsRead)
{
    public string TypeDisplayName => ResultTypes.Get(Type).DisplayName;

    public string EmployeeName => $"{EmployeeLastName}, {EmployeeFirstName}";
}

/// <summary>
/// A page of results. <see cref="TotalCount"/> is counted up to <see cref="ResultLimits.MaxSearchRows"/> only;
/// <see cref="CountIsCapped"/> says there are more (and the user should narrow the search).
/// </summary>
public sealed record ResultSearchPage(IReadOnlyList<ResultRowDto> Rows, int TotalCount, bool CountIsCapped, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (int)Math.Ceiling(TotalCount / (double)PageSize));
}
