using EmployerPortal.Domain.Common;

namespace EmployerPortal.Domain.Reports;

public readonly record struct ReportSubscriptionId(Guid Value)
{
    public static ReportSubscriptionId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

/// <summary>
/// A user's standing order for a report: daily, weekly or monthly. Each delivery covers the period that ends at
/// the run time: midnight in the company's own calendar (the next day; Monday for weekly; the 1st for monthly), so a
/// Dallas employer's daily report covers a Dallas day. A user has at most one subscription per report.
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

    public static ReportSubscription Subscribe(PortalUserId userId, CompanyId companyId, ReportKind kind, ReportFrequency frequency, DateTimeOffset now, IBusinessCalendar calendar) =>
        new()
        {
            Id = ReportSubscriptionId.New(),
            UserId = userId,
            CompanyId = companyId,
            Kind = kind,
            Frequency = frequency,
            IsActive = true,
            CreatedAt = now,
            NextRunAt = NextBoundaryAfter(now, frequency, calendar),
        };

    /// <summary>Subscribes again, or changes how often: the next delivery is the next boundary of the new frequency.</summary>
    public void Renew(ReportFrequency frequency, DateTimeOffset now, IBusinessCalendar calendar)
    {
        if (IsActive && Frequency == frequency)
        {
            return;
        }

        Frequency = frequency;
        IsActive = true;
        NextRunAt = NextBoundaryAfter(now, frequency, calendar);
    }

    public void Cancel() => IsActive = false;

    public bool IsDueAt(DateTimeOffset now) => IsActive && NextRunAt <= now;

    /// <summary>The period the due delivery covers.</summary>
    public ReportPeriod DuePeriod(IBusinessCalendar calendar) => ReportPeriod.Ending(NextRunAt, Frequency, calendar);

    /// <summary>
    /// The due delivery was made: the next one is the first boundary after <paramref name="now"/>, so a sweep that
    /// was down for a while delivers the latest period once rather than a backlog.
    /// </summary>
    public void RecordDelivered(DateTimeOffset now, IBusinessCalendar calendar)
    {
        CheckRule(new OnlyADueSubscriptionIsDelivered(this, now));
        LastDeliveredAt = now;
        NextRunAt = NextBoundaryAfter(now, Frequency, calendar);
    }

    /// <summary>The first local midnight after <paramref name="now"/> that starts a new period of <paramref name="frequency"/>.</summary>
    public static DateTimeOffset NextBoundaryAfter(DateTimeOffset now, ReportFrequency frequency, IBusinessCalendar calendar)
    {
        var today = calendar.DateOf(now);
        var daysToMonday = ((int)DayOfWeek.Monday - (int)today.DayOfWeek + 7) % 7;
        var boundary = frequency switch
        {
            ReportFrequency.Daily => today.AddDays(1),
            ReportFrequency.Weekly => today.AddDays(daysToMonday == 0 ? 7 : daysToMonday),
            ReportFrequency.Monthly => new DateOnly(today.Year, today.Month, 1).AddMonths(1),
            _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, "Unknown frequency."),
        };
        return calendar.StartOf(boundary);
    }
}

public sealed class OnlyADueSubscriptionIsDelivered(ReportSubscription subscription, DateTimeOffset now) : IBusinessRule
{
    public string Message => "This subscription is not due for delivery.";

    public bool IsBroken() => !subscription.IsDueAt(now);
}
