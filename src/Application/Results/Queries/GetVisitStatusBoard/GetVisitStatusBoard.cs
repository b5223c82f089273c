using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Common.Time;
using EmployerPortal.Application.Results.Specifications;
using EmployerPortal.Domain.Results;
using Mediator;

namespace EmployerPortal.Application.Results.Queries.GetVisitStatusBoard;

/// <summary>
/// The company's visits scheduled from <see cref="From"/> to <see cref="To"/> (the company's local dates; default the last seven days
/// through today), optionally of one status, with their timelines. Most recent first, at most
/// <see cref="ResultLimits.MaxStatusBoardVisits"/>.
/// </summary>
[RequiresPermission(Permission.ViewResults)]
/// <param name="Location">One location's visits (its code); null for every location the user sees.</param>
public sealed record GetVisitStatusBoardQuery(DateOnly? From = null, DateOnly? To = null, VisitStatus? Status = null, string? Location = null) : IQuery<VisitStatusBoardDto>;

/// <summary>The board, and when it was read (<see cref="UpdatedAt"/>): the page shows that, not the browser's clock.</summary>
public sealed record VisitStatusBoardDto(DateOnly From, DateOnly To, VisitStatus? Status, IReadOnlyList<VisitBoardRowDto> Visits, bool IsTruncated, DateTimeOffset UpdatedAt = default);

public sealed record VisitBoardRowDto(
    Guid VisitId,
    string EmployeeFirstName,
    string EmployeeLastName,
    string? EmployeeId,
    VisitCategory Category,
    string Clinic,
    DateTimeOffset ScheduledAt,
    VisitStatus Status,
    IReadOnlyList<VisitBoardTimelineEntry> Timeline,
    string LocationCode)
{
    public string EmployeeName => $"{EmployeeLastName}, {EmployeeFirstName}";

    /// <summary>
    /// The timeline as the board shows it: the scheduled time first, then each change in the order it happened
    /// (the Scheduled entry, made when the visit was registered, is shown at the time the visit is scheduled for; no change
    /// leads back to Scheduled).
    /// </summary>
    public IEnumerable<VisitBoardTimelineEntry> Steps =>
        Timeline.Where(t => t.Status != VisitStatus.Scheduled)
            .OrderBy(t => t.At)
            .Prepend(new VisitBoardTimelineEntry(VisitStatus.Scheduled, ScheduledAt));
}

public sealed record VisitBoardTimelineEntry(VisitStatus Status, DateTimeOffset At);

public sealed class GetVisitStatusBoardHandler(IReadRepository<VisitResult> visits, ICurrentUser currentUser, ICompanyClock companyClock, TimeProvider clock)
    : IQueryHandler<GetVisitStatusBoardQuery, VisitStatusBoardDto>
{
    public const int DefaultDays = 7;

    public async ValueTask<VisitStatusBoardDto> Handle(GetVisitStatusBoardQuery query, CancellationToken cancellationToken)
    {
        var companyId = currentUser.RequireCompanyId();
        var local = await companyClock.ForCompanyAsync(companyId, cancellationToken);
        var to = query.To ?? local.Today;
        var from = query.From ?? to.AddDays(-DefaultDays);
        var rows = await visits.ListAsync(
            new VisitsForStatusBoardSpec(
                local.StartOf(from),
                local.EndOf(to),
                query.Status,
                ResultLimits.MaxStatusBoardVisits + 1,
                string.IsNullOrWhiteSpace(query.Location) ? null : Domain.Companies.CompanyLocation.NormalizeCode(query.Location)),
            cancellationToken);
        var truncated = rows.Count > ResultLimits.MaxStatusBoardVisits;
        return new VisitStatusBoardDto(from, to, query.Status, truncated ? rows[..ResultLimits.MaxStatusBoardVisits] : rows, truncated, clock.GetUtcNow());
    }
}
