using EmployerPortal.Application.Results.Queries.SearchResults;
using EmployerPortal.Domain.Results;

namespace EmployerPortal.Application.Results.Queries.GetEmployeeResults;

/// <summary>One employee's visits, newest first, each with its result documents.</summary>
public sealed record EmployeeResultsDto(string FirstName, string LastName, string? EmployeeId, IReadOnlyList<EmployeeVisitDto> Visits)
{
    public string Name => $"{LastName}, {FirstName}";

    public IEnumerable<ResultRowDto> AllDocuments => Visits.SelectMany(v => v.Documents);
}

public sealed record EmployeeVisitDto(
    Guid VisitId,
    DateTimeOffset ScheduledAt,
    VisitCategory Category,
    string Clinic,
    VisitStatus Status,
    IReadOnlyList<ResultRowDto> Documents);
