using EmployerPortal.Application.Common.Time;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using Microsoft.Extensions.Time.Testing;

namespace EmployerPortal.Application.UnitTests.Common;

public sealed class LocalTimeTests
{
    private static readonly CompanyTimeZone Chicago = CompanyTimeZone.From("America/Chicago");
    private static readonly CompanyTimeZone Phoenix = CompanyTimeZone.From("America/Phoenix");

    private static readonly DateTimeOffset SevenPmCentralDec1 = new(2026, 12, 2, 1, 0, 0, TimeSpan.Zero);

    private static LocalTime At(CompanyTimeZone zone, DateTimeOffset utcNow) => new(zone, new FakeTimeProvider(utcNow));

    [Fact]
    public void The_next_7_am_is_the_local_morning_and_keeps_to_local_time_across_a_DST_change()
    {
        var local = new LocalTime(Chicago);
        var seven = new TimeOnly(7, 0);

        local.Next(seven, SevenPmCentralDec1).ShouldBe(new DateTimeOffset(2026, 12, 2, 13, 0, 0, TimeSpan.Zero), "7:00 AM CST the next day");
        local.Next(seven, new DateTimeOffset(2026, 12, 2, 12, 59, 0, TimeSpan.Zero)).ShouldBe(new DateTimeOffset(2026, 12, 2, 13, 0, 0, TimeSpan.Zero));
        local.Next(seven, new DateTimeOffset(2026, 3, 7, 20, 0, 0, TimeSpan.Zero)).ShouldBe(new DateTimeOffset(2026, 3, 8, 12, 0, 0, TimeSpan.Zero), "7:00 AM CDT after spring forward");
    }

    [Fact]
    public void Seven_pm_Central_on_December_1_is_December_1_with_CST()
    {
        var local = new LocalTime(Chicago);

        local.DateOf(SevenPmCentralDec1).ShouldBe(new DateOnly(2026, 12, 1));
        local.Format(SevenPmCentralDec1).ShouldBe("Dec 1, 2026 7:00 PM CST");
        local.FormatTime(SevenPmCentralDec1).ShouldBe("7:00 PM CST");
        local.FormatLong(SevenPmCentralDec1).ShouldBe("Tuesday, December 1, 2026 at 7:00 PM CST");
        local.IsoDate(SevenPmCentralDec1).ShouldBe("2026-12-01");
        local.IsoLocal(SevenPmCentralDec1).ShouldBe("2026-12-01T19:00:00-06:00");
    }

    [Fact]
    public void Today_is_the_local_date_not_the_UTC_date() =>
        At(Chicago, SevenPmCentralDec1).Today.ShouldBe(new DateOnly(2026, 12, 1));

    [Fact]
    public void The_spring_forward_day_has_23_hours_and_switches_CST_to_CDT()
    {
        var local = new LocalTime(Chicago);
        var day = new DateOnly(2026, 3, 8);

        (local.EndOf(day) - local.StartOf(day)).ShouldBe(TimeSpan.FromHours(23));
        local.Format(new DateTimeOffset(2026, 3, 8, 7, 59, 0, TimeSpan.Zero)).ShouldBe("Mar 8, 2026 1:59 AM CST");
        local.Format(new DateTimeOffset(2026, 3, 8, 8, 0, 0, TimeSpan.Zero)).ShouldBe("Mar 8, 2026 3:00 AM CDT");
    }

    [Fact]
    public void The_fall_back_day_has_25_hours_and_shows_1_am_twice()
    {
        var local = new LocalTime(Chicago);
        var day = new DateOnly(2026, 11, 1);

        (local.EndOf(day) - local.StartOf(day)).ShouldBe(TimeSpan.FromHours(25));
        local.Format(new DateTimeOffset(2026, 11, 1, 6, 30, 0, TimeSpan.Zero)).ShouldBe("Nov 1, 2026 1:30 AM CDT");
        local.Format(new DateTimeOffset(2026, 11, 1, 7, 30, 0, TimeSpan.Zero)).ShouldBe("Nov 1, 2026 1:30 AM CST");
        local.IsoLocal(new DateTimeOffset(2026, 11, 1, 7, 30, 0, TimeSpan.Zero)).ShouldBe("2026-11-01T01:30:00-06:00");
    }

    [Fact]
    public void Phoenix_keeps_MST_in_July()
    {
        var local = new LocalTime(Phoenix);
        var julyNoonUtc = new DateTimeOffset(2026, 7, 15, 19, 0, 0, TimeSpan.Zero);

        local.Format(julyNoonUtc).ShouldBe("Jul 15, 2026 12:00 PM MST");
        local.IsoLocal(julyNoonUtc).ShouldBe("2026-07-15T12:00:00-07:00");
        new LocalTime(Chicago).Format(julyNoonUtc).ShouldBe("Jul 15, 2026 2:00 PM CDT");
    }

    [Fact]
    public void A_day_starts_at_local_midnight()
    {
        new LocalTime(Chicago).StartOf(new DateOnly(2026, 12, 1)).ShouldBe(new DateTimeOffset(2026, 12, 1, 6, 0, 0, TimeSpan.Zero));
        new LocalTime(Phoenix).EndOf(new DateOnly(2026, 7, 15)).ShouldBe(new DateTimeOffset(2026, 7, 16, 7, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void An_authorization_valid_until_December_1_is_still_usable_at_11_pm_Central_that_day()
    {
        var created = new DateTimeOffset(2026, 11, 20, 15, 0, 0, TimeSpan.Zero);
        var authorization = Authorization.Create(
            CompanyId.New(), "MAIN", AuthorizationNumber.Generate(new Random(5)),
            new Employee("Ana", "Lopez", new DateOnly(1990, 1, 1), null, null, null), AuthorizationReason.NonInjury, null,
            [new AuthorizedService("DOTPE", "DOT physical")], null, new DateOnly(2026, 12, 1), PortalUserId.New(), At(Chicago, created).Now);
        var elevenPmCentral = new DateTimeOffset(2026, 12, 2, 5, 0, 0, TimeSpan.Zero);

        authorization.StatusAt(At(Chicago, elevenPmCentral).Now).ShouldBe(AuthorizationStatus.Active);
        authorization.StatusAt(At(Chicago, elevenPmCentral.AddHours(1)).Now).ShouldBe(AuthorizationStatus.Expired);
        authorization.CreatedAt.Offset.ShouldBe(TimeSpan.Zero, "instants are stored in UTC");
    }
}
