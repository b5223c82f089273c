using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Common.Time;
using EmployerPortal.Application.Reports.Specifications;
using EmployerPortal.Domain.Reports;
using Mediator;

namespace EmployerPortal.Application.Reports.Queries.GetMyReports;

/// <summary>The signed-in user's subscriptions and the reports delivered to them (latest first).</summary>
[RequiresPermission(Permission.ManageOwnReportSubscriptions)]
public sealed record GetMyReportsQuery : IQuery<MyReportsDto>;

public sealed record MyReportsDto(IReadOnlyList<SubscriptionDto> Subscriptions, IReadOnlyList<DeliveredReportDto> Delivered);

public sealed record SubscriptionDto(Guid Id, ReportKind Kind, string Name, ReportFrequency Frequency, DateTimeOffset NextRunAt);

/// <summary>A delivered report; its period in the company's own days, both inclusive.</summary>
public sealed record DeliveredReportDto(Guid Id, ReportKind Kind, string Name, DateOnly FirstDay, DateOnly LastDay, DateTimeOffset CreatedAt);

public sealed class GetMyReportsHandler(
    ICurrentUser currentUser,
    IRepository<ReportSubscription> subscriptions,
    IRepository<DeliveredReport> reports,
    ICompanyClock companyClock) : IQueryHandler<GetMyReportsQuery, MyReportsDto>
{
    public const int MaxDelivered = 100;

    public async ValueTask<MyReportsDto> Handle(GetMyReportsQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var mine = await subscriptions.ListAsync(new ReportSubscriptionsOfUserSpec(userId), cancellationToken);
        var delivered = await reports.ListAsync(new DeliveredReportsOfUserSpec(userId, MaxDelivered), cancellationToken);
        var local = await companyClock.ForTenantAsync(cancellationToken);
        return new MyReportsDto(
            mine.Where(s => s.IsActive).Select(s => new SubscriptionDto(s.Id.Value, s.Kind, ReportKinds.DisplayName(s.Kind), s.Frequency, s.NextRunAt)).ToList(),
            delivered.Select(r => new DeliveredReportDto(r.Id.Value, r.Kind, ReportKinds.DisplayName(r.Kind), r.Period.FirstDay(local), r.Period.LastDay(local), r.CreatedAt)).ToList());
    }
}
