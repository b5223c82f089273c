using Ardalis.Specification;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Reports;
using EmployerPortal.Domain.Results;
using EmployerPortal.Domain.Users;

namespace EmployerPortal.Application.Reports.Specifications;

/// <summary>One line of a report: a visit of the company scheduled in the period, nothing medical beyond its status.</summary>
public sealed record ReportVisitRow(
    VisitResultId Id,
    string FirstName,
    string LastName,
    string? EmployeeId,
    VisitCategory Category,
    DateTimeOffset ScheduledAt,
    string Clinic,
    VisitStatus Status,
    DateTimeOffset? NextRecheckAt,
    int DocumentCount,
    string LocationCode);

/// <summary>The company's visits scheduled in [start, end), of one category or all, at one location or all, oldest first.</summary>
public sealed class VisitsForReportSpec : Specification<VisitResult, ReportVisitRow>
{
    public VisitsForReportSpec(ReportPeriod period, VisitCategory? category, string? locationCode = null)
    {
        Query.Where(v => v.ScheduledAt >= period.Start && v.ScheduledAt < period.End);
        if (locationCode is not null)
        {
            Query.Where(v => v.LocationCode == locationCode);
        }

        if (category is { } only)
        {
            Query.Where(v => v.Category == only);
        }

        Query.OrderBy(v => v.ScheduledAt).ThenBy(v => v.Id);
        Query.Select(v => new ReportVisitRow(
            v.Id,
            v.Employee.FirstName,
            v.Employee.LastName,
            v.Employee.EmployeeId,
            v.Category,
            v.ScheduledAt,
            v.Clinic,
            v.Status,
            v.NextRecheckAt,
            v.Documents.Count,
            v.LocationCode));
    }
}

public sealed class ReportSubscriptionsOfUserSpec : Specification<ReportSubscription>
{
    public ReportSubscriptionsOfUserSpec(PortalUserId userId) => Query.Where(s => s.UserId == userId).OrderBy(s => s.Kind);
}

public sealed class ReportSubscriptionOfUserByKindSpec : SingleResultSpecification<ReportSubscription>
{
    public ReportSubscriptionOfUserByKindSpec(PortalUserId userId, ReportKind kind) => Query.Where(s => s.UserId == userId && s.Kind == kind);
}

/// <summary>A subscription of this user: another user's is simply not found.</summary>
public sealed class ReportSubscriptionOfUserByIdSpec : SingleResultSpecification<ReportSubscription>
{
    public ReportSubscriptionOfUserByIdSpec(PortalUserId userId, ReportSubscriptionId id) => Query.Where(s => s.UserId == userId && s.Id == id);
}

public sealed class DueReportSubscriptionsSpec : Specification<ReportSubscription>
{
    public DueReportSubscriptionsSpec(DateTimeOffset now, int take) =>
        Query.Where(s => s.IsActive && s.NextRunAt <= now).OrderBy(s => s.NextRunAt).Take(take);
}

public sealed class DeliveredReportsOfUserSpec : Specification<DeliveredReport>
{
    public DeliveredReportsOfUserSpec(PortalUserId userId, int take) =>
        Query.Where(r => r.UserId == userId).OrderByDescending(r => r.CreatedAt).Take(take);
}

/// <summary>A delivered report of this user: another user's is simply not found.</summary>
public sealed class DeliveredReportOfUserByIdSpec : SingleResultSpecification<DeliveredReport>
{
    public DeliveredReportOfUserByIdSpec(PortalUserId userId, DeliveredReportId id) => Query.Where(r => r.UserId == userId && r.Id == id);
}
