using EmployerPortal.Domain.Common;

namespace EmployerPortal.Domain.Reports;

public readonly record struct DeliveredReportId(Guid Value)
{
    public static DeliveredReportId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

/// <summary>Where one rendering of a report is kept by the document store.</summary>
public sealed record StoredReportFile(string StorageKey, string Sha256, long SizeBytes);

/// <summary>
/// A report a subscription delivered, kept in its user's Reports list as PDF and CSV.
/// One per subscription and period, so a sweep run twice delivers once.
/// </summary>
public sealed class DeliveredReport : AggregateRoot<DeliveredReportId>
{
    private DeliveredReport()
    {
        Pdf = null!;
        Csv = null!;
    }

    public ReportSubscriptionId SubscriptionId { get; private set; }

    public PortalUserId UserId { get; private set; }

    public CompanyId CompanyId { get; private set; }

    public ReportKind Kind { get; private set; }

    public DateTimeOffset PeriodStart { get; private set; }

    /// <summary>The exclusive end of the period; with the subscription, what makes a delivery unique.</summary>
    public DateTimeOffset PeriodEnd { get; private set; }

    public ReportPeriod Period => new(PeriodStart, PeriodEnd);

    public DateTimeOffset CreatedAt { get; private set; }

    public StoredReportFile Pdf { get; private set; }

    public StoredReportFile Csv { get; private set; }

    public static DeliveredReport Deliver(ReportSubscription subscription, ReportPeriod period, StoredReportFile pdf, StoredReportFile csv, DateTimeOffset now, IBusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var report = new DeliveredReport
        {
            Id = DeliveredReportId.New(),
            SubscriptionId = subscription.Id,
            UserId = subscription.UserId,
            CompanyId = subscription.CompanyId,
            Kind = subscription.Kind,
            PeriodStart = period.Start,
            PeriodEnd = period.End,
            CreatedAt = now,
            Pdf = pdf,
            Csv = csv,
        };
        subscription.RecordDelivered(now, calendar);
        report.Raise(new ReportDelivered(report.Id, subscription.Id, subscription.UserId, subscription.CompanyId, now));
        return report;
    }
}

public sealed record ReportDelivered(DeliveredReportId ReportId, ReportSubscriptionId SubscriptionId, PortalUserId UserId, CompanyId CompanyId, DateTimeOffset OccurredAt) : IDomainEvent;
