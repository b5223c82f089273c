using EmployerPortal.Domain.Common;

namespace EmployerPortal.Domain.Reports;

public readonly record struct ReportSubscriptionId(Guid Value)
{
    public static ReportSubscriptionId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

/// <summary>
/// A user's standing order for a report: daily, weekly or monthly. Each delivery covers the period that ends at
/// the run time (UTC midnight; Monday for weekly; the 1st for monthly). A user has at most one subscription per report.
/// </summary>
public sealed class ReportSubscription : AggregateRoot<ReportSubscriptionId>
{
    private ReportSubscription()
    {
    }

    public PortalUserId UserId { get; private set; }

    public CompanyId CompanyId { get; private set; }

    public ReportKind Kind { get; private set; }

    public ReportFrequency Frequency { get; private set; }

    public bool IsActive { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the next delivery is due; also the end of the period it covers.</summary>
    public DateTimeOffset NextRunAt { get; private set; }

    public DateTimeOffset? LastDeliveredAt { get; private set; }

    public static ReportSubscription Subscribe(PortalUserId userId, CompanyId companyId, ReportKind kind, ReportFrequency frequency, DateTimeOffset now) =>
        new()
        {
            Id = ReportSubscriptionId.New(),
            UserId = userId,
            CompanyId = companyId,
            Kind = kind,
            Frequency = frequency,
            IsActive = true,
            CreatedAt = now,
            NextRunAt = NextBoundaryAfter(now, frequency),
        };

    /// <summary>Subscribes again, or changes how often: the next delivery is the next boundary of the new frequency.</summary>
    public void Renew(ReportFrequency frequency, DateTimeOffset now)
    {
        if (IsActive && Frequency == frequency)
        {
            return;
        }

        Frequency = frequency;
        IsActive = true;
        NextRunAt = NextBoundaryAfter(now, frequency);
    }

    public void Cancel() => IsActive = false;

    public bool IsDueAt(DateTimeOffset now) => IsActive && NextRunAt <= now;

    /// <summary>The period the due delivery covers.</summary>
    public ReportPeriod DuePeriod() => ReportPeriod.Ending(NextRunAt, Frequency);

    /// <summary>
    /// The due delivery was made: the next one is the first boundary after <paramref name="now"/>, so a sweep that
    /// was down for a while delivers the latest period once rather than a backlog.
    /// </summary>
    public void RecordDelivered(DateTimeOffset now)
    {
        CheckRule(new OnlyADueSubscriptionIsDelivered(this, now));
        LastDeliveredAt = now;
        NextRunAt = NextBoundaryAfter(now, Frequency);
    }

    public static DateTimeOffset NextBoundaryAfter(DateTimeOffset now, ReportFrequency frequency)
    {
        var utc = now.ToUniversalTime();
        var midnight = new DateTimeOffset(utc.Year, utc.Month, utc.Day, 0, 0, 0, TimeSpan.Zero);
        var daysToMonday = ((int)DayOfWeek.Monday - (int)midnight.DayOfWeek + 7) % 7;
        return frequency switch
        {
            ReportFrequency.Daily => midnight.AddDays(1),
            ReportFrequency.Weekly => midnight.AddDays(daysToMonday == 0 ? 7 : daysToMonday),
            ReportFrequency.Monthly => new DateTimeOffset(utc.Year, utc.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(1),
            _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, "Unknown frequency."),
        };
    }
}

public sealed class OnlyADueSubscriptionIsDelivered(ReportSubscription subscription, DateTimeOffset now) : IBusinessRule
{
    public string Message => "This subscription is not due for delivery.";

    public bool IsBroken() => !subscription.IsDueAt(now);
}
