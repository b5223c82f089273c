using EmployerPortal.Application.Common.Time;
using EmployerPortal.Application.Dashboard;
using EmployerPortal.Domain.Companies;

namespace EmployerPortal.Application.UnitTests.Dashboard;

public sealed class LocalWeekTests
{
    private static readonly LocalTime Chicago = new(CompanyTimeZone.From("America/Chicago"));

    [Fact]
    public void Eight_weeks_run_Monday_to_Monday_oldest_first_and_the_last_holds_today()
    {
        var weeks = LocalWeek.EndingWith(new DateOnly(2026, 12, 2), 8, Chicago);

        weeks.Select(w => w.Monday).ShouldBe(
        [
            new(2026, 10, 12), new(2026, 10, 19), new(2026, 10, 26), new(2026, 11, 2),
            new(2026, 11, 9), new(2026, 11, 16), new(2026, 11, 23), new(2026, 11, 30),
        ]);
        weeks[^1].From.ShouldBe(new DateTimeOffset(2026, 11, 30, 6, 0, 0, TimeSpan.Zero), "midnight CST");
        weeks[^1].To.ShouldBe(new DateTimeOffset(2026, 12, 7, 6, 0, 0, TimeSpan.Zero));
        weeks.Zip(weeks.Skip(1)).ShouldAllBe(pair => pair.First.To == pair.Second.From);
    }

    [Fact]
    public void A_Sunday_belongs_to_the_week_that_began_the_Monday_before()
    {
        LocalWeek.EndingWith(new DateOnly(2026, 3, 8), 1, Chicago).Single().Monday.ShouldBe(new DateOnly(2026, 3, 2));
        LocalWeek.EndingWith(new DateOnly(2026, 3, 9), 1, Chicago).Single().Monday.ShouldBe(new DateOnly(2026, 3, 9));
    }

    [Fact]
    public void The_week_clocks_spring_forward_is_167_hours_and_Monday_just_after_midnight_starts_the_next()
    {
        var weeks = LocalWeek.EndingWith(new DateOnly(2026, 3, 9), 2, Chicago);
        var week = weeks[0];
        var lateSundayEvening = new DateTimeOffset(2026, 3, 8, 23, 30, 0, TimeSpan.FromHours(-5));
        var justAfterMidnightMonday = new DateTimeOffset(2026, 3, 9, 0, 30, 0, TimeSpan.FromHours(-5));

        week.From.ShouldBe(new DateTimeOffset(2026, 3, 2, 6, 0, 0, TimeSpan.Zero), "midnight CST");
        week.To.ShouldBe(new DateTimeOffset(2026, 3, 9, 5, 0, 0, TimeSpan.Zero), "midnight CDT");
        (week.To - week.From).ShouldBe(TimeSpan.FromHours(167));
        (lateSundayEvening >= week.From && lateSundayEvening < week.To).ShouldBeTrue();
        (justAfterMidnightMonday >= week.To && justAfterMidnightMonday < weeks[1].To).ShouldBeTrue("a fixed 168-hour week would keep it in the week before");
    }

    [Fact]
    public void The_week_clocks_fall_back_is_169_hours_and_Monday_just_after_midnight_starts_the_next()
    {
        var weeks = LocalWeek.EndingWith(new DateOnly(2026, 11, 2), 2, Chicago);
        var justAfterMidnightMonday = new DateTimeOffset(2026, 11, 2, 0, 30, 0, TimeSpan.FromHours(-6));

        (weeks[0].To - weeks[0].From).ShouldBe(TimeSpan.FromHours(169));
        weeks[0].To.ShouldBe(new DateTimeOffset(2026, 11, 2, 6, 0, 0, TimeSpan.Zero), "midnight CST");
        (justAfterMidnightMonday >= weeks[1].From && justAfterMidnightMonday < weeks[1].To).ShouldBeTrue();
    }
}
