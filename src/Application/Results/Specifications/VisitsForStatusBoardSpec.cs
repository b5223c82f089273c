using Ardalis.Specification;
using EmployerPortal.Application.Results.Queries.GetVisitStatusBoard;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Results;

namespace EmployerPortal.Application.Results.Specifications;

/// <summary>The company's visits scheduled in [from, to), optionally of one status, most recent first, at most <paramref name="take"/>.</summary>
public sealed class VisitsForStatusBoardSpec : Specification<VisitResult, VisitBoardRowDto>
{
    public VisitsForStatusBoardSpec(DateTimeOffset from, DateTimeOffset to, VisitStatus? status, int take, string? locationCode = null)
    {
        Query.Where(v => v.ScheduledAt >= from && v.ScheduledAt < to);
        Query.Where(v => v.LocationCode == locationCode, locationCode is not null);
        if (status is { } only)
        {
            Query.Where(v => v.Status == only);
        }

        Query.OrderByDescending(v => v.ScheduledAt).Take(take);
        Query.Select(v => new VisitBoardRowDto(
            v.Id.Value,
            v.Employee.FirstName,
            v.Employee.LastName,
            v.Employee.EmployeeId,
            v.Category,
            v.Clinic,
            v.ScheduledAt,
            v.Status,
            v.StatusTimeline.Select(t => new VisitBoardTimelineEntry(t.Status, t.At)).ToList(),
            v.LocationCode));
    }
}
