using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Reports.Specifications;
using EmployerPortal.Domain.Reports;
using Mediator;

namespace EmployerPortal.Application.Reports.Queries.GetMyReports;

/// <summary>The signed-in user's subscriptions and the reports delivered to them (latest first).</summary>
[RequiresPermission(Permission.ManageOwnReportSubscriptions)]
public sealed record GetMyReportsQuery : IQuery<MyReportsDto>;

public sealed record MyReportsDto(IReadOnlyList<SubscriptionDto> Subscriptions, IReadOnlyList<DeliveredReportDto> Delivered);

public sealed record SubscriptionDto(Guid Id, ReportKind Kind, string Name, ReportFrequency Frequency, DateTimeOffset NextRunAt);

public sealed record DeliveredReportDto(Guid Id, ReportKind Kind, string Name, DateTimeOffset PeriodStart, DateTimeOffset PeriodEnd, DateTimeOffset CreatedAt)
{
    /// <summary>The last day covered: the period's end is exclusive.</summary>
    public DateTimeOffset PeriodLastDay => PeriodEnd.AddTicks(-1);
}

public sealed class GetMyReportsHandler(
    ICurrentUser currentUser,
    IRepository<ReportSubscription> subscriptions,
    IRepository<DeliveredReport> reports) : IQueryHandler<GetMyReportsQuery, MyReportsDto>
{
    public const int MaxDelivered = 100;

    public async ValueTask<MyReportsDto> Handle(GetMyReportsQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var mine = await subscriptions.ListAsync(new ReportSubscriptionsOfUserSpec(userId), cancellationToken);
        var delivered = await reports.ListAsync(new DeliveredReportsOfUserSpec(userId, MaxDelivered), cancellationToken);
        return new MyReportsDto(
            mine.Where(s => s.IsActive).Select(s => new SubscriptionDto(s.Id.Value, s.Kind, ReportKinds.DisplayName(s.Kind), s.Frequency, s.NextRunAt)).ToList(),
            delivered.Select(r => new DeliveredReportDto(r.Id.Value, r.Kind, ReportKinds.DisplayName(r.Kind), r.Period.Start, r.Period.End, r.CreatedAt)).ToList());
    }
}
