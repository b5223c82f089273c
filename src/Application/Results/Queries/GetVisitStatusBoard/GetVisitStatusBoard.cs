using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Results.Specifications;
using EmployerPortal.Domain.Results;
using Mediator;

namespace EmployerPortal.Application.Results.Queries.GetVisitStatusBoard;

/// <summary>
/// The company's visits scheduled from <see cref="From"/> to <see cref="To"/> (UTC dates; default the last seven days
/// through today), optionally of one status, with their timelines. Most recent first, at most
/// <see cref="ResultLimits.MaxStatusBoardVisits"/>.
/// </summary>
[RequiresPermission(Permission.ViewResults)]
public sealed record GetVisitStatusBoardQuery(DateOnly? From = null, DateOnly? To = null, VisitStatus? Status = null) : IQuery<VisitStatusBoardDto>;

public sealed record VisitStatusBoardDto(DateOnly From, DateOnly To, VisitStatus? Status, IReadOnlyList<VisitBoardRowDto> Visits, bool IsTruncated);

public sealed record VisitBoardRowDto(
    Guid VisitId,
    string EmployeeFirstName,
    string EmployeeLastName,
    string? EmployeeId,
    VisitCategory Category,
    string Clinic,
    DateTimeOffset ScheduledAt,
    VisitStatus Status,
    IReadOnlyList<VisitBoardTimelineEntry> Timeline)
{
    public string EmployeeName => $"{EmployeeLastName}, {EmployeeFirstName}";
}

public sealed record VisitBoardTimelineEntry(VisitStatus Status, DateTimeOffset At);

public sealed class GetVisitStatusBoardHandler(IReadRepository<VisitResult> visits, TimeProvider clock)
    : IQueryHandler<GetVisitStatusBoardQuery, VisitStatusBoardDto>
{
    public const int DefaultDays = 7;

    public async ValueTask<VisitStatusBoardDto> Handle(GetVisitStatusBoardQuery query, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var to = query.To ?? today;
        var from = query.From ?? to.AddDays(-DefaultDays);
        var rows = await visits.ListAsync(
            new VisitsForStatusBoardSpec(Start(from), Start(to.AddDays(1)), query.Status, ResultLimits.MaxStatusBoardVisits + 1),
            cancellationToken);
        var truncated = rows.Count > ResultLimits.MaxStatusBoardVisits;
        return new VisitStatusBoardDto(from, to, query.Status, truncated ? rows[..ResultLimits.MaxStatusBoardVisits] : rows, truncated);
    }

    private static DateTimeOffset Start(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
