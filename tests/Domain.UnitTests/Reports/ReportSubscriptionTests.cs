using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Reports;

namespace EmployerPortal.Domain.UnitTests.Reports;

/// <summary>Deliveries follow the company's calendar: Dallas midnights, whatever the UTC date.</summary>
public sealed class ReportSubscriptionTests
{
    private static readonly ZoneCalendar Dallas = ZoneCalendar.Chicago;

    // Wednesday, March 11, 2026, 10:20 AM CDT.
    private static readonly DateTimeOffset WednesdayMorning = new(2026, 3, 11, 15, 20, 0, TimeSpan.Zero);

    private static ReportSubscription Subscribe(ReportFrequency frequency, DateTimeOffset now, IBusinessCalendar? calendar = null) =>
        ReportSubscription.Subscribe(PortalUserId.New(), CompanyId.New(), ReportKind.EmployerPatientVisit, frequency, now, calendar ?? Dallas);

    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(ReportFrequency.Daily, "2026-03-12T00:00:00-05:00")]
    [InlineData(ReportFrequency.Weekly, "2026-03-16T00:00:00-05:00")]
    [InlineData(ReportFrequency.Monthly, "2026-04-01T00:00:00-05:00")]
    public void The_first_delivery_is_at_the_next_local_boundary_of_its_frequency(ReportFrequency frequency, string expected)
    {
        Subscribe(frequency, WednesdayMorning).NextRunAt.ShouldBe(At(expected));
    }

    [Fact]
    public void At_7_pm_central_the_next_daily_delivery_is_the_coming_dallas_midnight_not_the_utc_one()
    {
        var sevenPmDec1 = At("2026-12-01T19:00:00-06:00");

        Subscribe(ReportFrequency.Daily, sevenPmDec1).NextRunAt.ShouldBe(At("2026-12-02T00:00:00-06:00"));
    }

    [Fact]
    public void A_weekly_subscription_made_on_a_monday_at_local_midnight_runs_the_following_monday()
    {
        var mondayMidnight = At("2026-03-16T00:00:00-05:00");

        Subscribe(ReportFrequency.Weekly, mondayMidnight).NextRunAt.ShouldBe(At("2026-03-23T00:00:00-05:00"));
    }

    [Fact]
    public void A_monthly_delivery_covers_the_local_calendar_month_before_it()
    {
        var subscription = Subscribe(ReportFrequency.Monthly, WednesdayMorning);

        var period = subscription.DuePeriod(Dallas);

        period.ShouldBe(new ReportPeriod(At("2026-03-01T00:00:00-06:00"), At("2026-04-01T00:00:00-05:00")));
        period.FirstDay(Dallas).ShouldBe(new DateOnly(2026, 3, 1));
        period.LastDay(Dallas).ShouldBe(new DateOnly(2026, 3, 31));
    }

    [Fact]
    public void The_daily_period_of_the_fall_back_day_is_25_hours_and_of_the_spring_forward_day_23()
    {
        var fallBack = Subscribe(ReportFrequency.Daily, At("2026-11-01T08:00:00-06:00")).DuePeriod(Dallas);
        var springForward = Subscribe(ReportFrequency.Daily, At("2026-03-08T08:00:00-05:00")).DuePeriod(Dallas);

        (fallBack.End - fallBack.Start).ShouldBe(TimeSpan.FromHours(25));
        fallBack.FirstDay(Dallas).ShouldBe(new DateOnly(2026, 11, 1));
        fallBack.LastDay(Dallas).ShouldBe(new DateOnly(2026, 11, 1));
        (springForward.End - springForward.Start).ShouldBe(TimeSpan.FromHours(23));
        springForward.FirstDay(Dallas).ShouldBe(new DateOnly(2026, 3, 8));
    }

    [Fact]
    public void Phoenix_keeps_its_midnights_at_seven_utc_all_year()
    {
        var july = Subscribe(ReportFrequency.Daily, At("2026-07-15T12:00:00-07:00"), ZoneCalendar.Phoenix);
        var january = Subscribe(ReportFrequency.Daily, At("2026-01-15T12:00:00-07:00"), ZoneCalendar.Phoenix);

        july.NextRunAt.ShouldBe(At("2026-07-16T07:00:00Z"));
        january.NextRunAt.ShouldBe(At("2026-01-16T07:00:00Z"));
    }

    [Fact]
    public void A_period_of_local_days_runs_from_the_first_midnight_to_the_midnight_after_the_last_day()
    {
        var period = ReportPeriod.OfDays(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 1), Dallas);

        period.ShouldBe(new ReportPeriod(At("2026-12-01T00:00:00-06:00"), At("2026-12-02T00:00:00-06:00")));
    }

    [Fact]
    public void A_subscription_is_not_delivered_before_it_is_due()
    {
        var subscription = Subscribe(ReportFrequency.Daily, WednesdayMorning);

        var broken = Should.Throw<BusinessRuleViolationException>(() => subscription.RecordDelivered(WednesdayMorning.AddHours(1), Dallas));

        broken.BrokenRule.ShouldBeOfType<OnlyADueSubscriptionIsDelivered>();
    }

    [Fact]
    public void After_a_delivery_the_next_one_is_the_next_boundary_even_when_the_sweep_was_late()
    {
        var subscription = Subscribe(ReportFrequency.Daily, WednesdayMorning);
        var threeDaysLate = WednesdayMorning.AddDays(3);

        DeliveredReport.Deliver(subscription, subscription.DuePeriod(Dallas), File(), File(), threeDaysLate, Dallas);

        subscription.LastDeliveredAt.ShouldBe(threeDaysLate);
        subscription.NextRunAt.ShouldBe(At("2026-03-15T00:00:00-05:00"));
        subscription.IsDueAt(threeDaysLate).ShouldBeFalse();
    }

    [Fact]
    public void A_cancelled_subscription_is_never_due_and_renewing_it_starts_again_at_the_next_boundary()
    {
        var subscription = Subscribe(ReportFrequency.Daily, WednesdayMorning);
        subscription.Cancel();

        subscription.IsDueAt(WednesdayMorning.AddDays(10)).ShouldBeFalse();

        subscription.Renew(ReportFrequency.Weekly, WednesdayMorning.AddDays(10), Dallas);
        subscription.IsActive.ShouldBeTrue();
        subscription.Frequency.ShouldBe(ReportFrequency.Weekly);
        subscription.NextRunAt.ShouldBe(At("2026-03-23T00:00:00-05:00"));
    }

    private static StoredReportFile File() => new("ab/cd/abcd.pdf", new string('a', 64), 10);
}
