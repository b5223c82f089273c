using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Reports;

namespace EmployerPortal.Domain.UnitTests.Reports;

public sealed class ReportSubscriptionTests
{
    private static readonly DateTimeOffset WednesdayAfternoon = new(2026, 3, 11, 15, 20, 0, TimeSpan.Zero);

    private static ReportSubscription Subscribe(ReportFrequency frequency, DateTimeOffset now) =>
        ReportSubscription.Subscribe(PortalUserId.New(), CompanyId.New(), ReportKind.EmployerPatientVisit, frequency, now);

    [Theory]
    [InlineData(ReportFrequency.Daily, "2026-03-12T00:00:00Z")]
    [InlineData(ReportFrequency.Weekly, "2026-03-16T00:00:00Z")]
    [InlineData(ReportFrequency.Monthly, "2026-04-01T00:00:00Z")]
    public void The_first_delivery_is_at_the_next_boundary_of_its_frequency(ReportFrequency frequency, string expected)
    {
        Subscribe(frequency, WednesdayAfternoon).NextRunAt.ShouldBe(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_weekly_subscription_made_on_a_monday_at_midnight_runs_the_following_monday()
    {
        var mondayMidnight = new DateTimeOffset(2026, 3, 16, 0, 0, 0, TimeSpan.Zero);

        Subscribe(ReportFrequency.Weekly, mondayMidnight).NextRunAt.ShouldBe(mondayMidnight.AddDays(7));
    }

    [Fact]
    public void A_monthly_delivery_covers_the_calendar_month_before_it()
    {
        var subscription = Subscribe(ReportFrequency.Monthly, WednesdayAfternoon);

        subscription.DuePeriod().ShouldBe(new ReportPeriod(
            new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_subscription_is_not_delivered_before_it_is_due()
    {
        var subscription = Subscribe(ReportFrequency.Daily, WednesdayAfternoon);

        var broken = Should.Throw<BusinessRuleViolationException>(() => subscription.RecordDelivered(WednesdayAfternoon.AddHours(1)));

        broken.BrokenRule.ShouldBeOfType<OnlyADueSubscriptionIsDelivered>();
    }

    [Fact]
    public void After_a_delivery_the_next_one_is_the_next_boundary_even_when_the_sweep_was_late()
    {
        var subscription = Subscribe(ReportFrequency.Daily, WednesdayAfternoon);
        var threeDaysLate = WednesdayAfternoon.AddDays(3);

        DeliveredReport.Deliver(subscription, subscription.DuePeriod(), File(), File(), threeDaysLate);

        subscription.LastDeliveredAt.ShouldBe(threeDaysLate);
        subscription.NextRunAt.ShouldBe(new DateTimeOffset(2026, 3, 15, 0, 0, 0, TimeSpan.Zero));
        subscription.IsDueAt(threeDaysLate).ShouldBeFalse();
    }

    [Fact]
    public void A_cancelled_subscription_is_never_due_and_renewing_it_starts_again_at_the_next_boundary()
    {
        var subscription = Subscribe(ReportFrequency.Daily, WednesdayAfternoon);
        subscription.Cancel();

        subscription.IsDueAt(WednesdayAfternoon.AddDays(10)).ShouldBeFalse();

        subscription.Renew(ReportFrequency.Weekly, WednesdayAfternoon.AddDays(10));
        subscription.IsActive.ShouldBeTrue();
        subscription.Frequency.ShouldBe(ReportFrequency.Weekly);
        subscription.NextRunAt.ShouldBe(new DateTimeOffset(2026, 3, 23, 0, 0, 0, TimeSpan.Zero));
    }

    private static StoredReportFile File() => new("ab/cd/abcd.pdf", new string('a', 64), 10);
}
