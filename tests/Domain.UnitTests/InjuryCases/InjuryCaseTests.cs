using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.InjuryCases;
using static EmployerPortal.Domain.UnitTests.TestData;

namespace EmployerPortal.Domain.UnitTests.InjuryCases;

public sealed class InjuryCaseTests
{
    private static readonly DateOnly InjuryDate = new(2025, 3, 3);
    private static readonly VisitResultId Visit = VisitResultId.New();

    private static InjuryCase Case(DateOnly? injuryDate = null)
    {
        var injuryCase = InjuryCase.Open(
            CompanyId.New(), "MAIN", "C-100", Employee(),
            new InjuryDetails(injuryDate ?? InjuryDate, new TimeOnly(14, 15), "Left wrist", "WC-1", "Lone Star Mutual", "Slipped on the dock"),
            new DateOnly(2030, 1, 1), Now);
        injuryCase.ClearDomainEvents();
        return injuryCase;
    }

    private static void Status(InjuryCase injuryCase, WorkStatus status, DateOnly from, bool close = false, params string[] restrictions) =>
        injuryCase.RecordWorkStatus(status, restrictions, from, null, null, Visit, close, Now);

    private static string BrokenRule(Action act) => Should.Throw<BusinessRuleViolationException>(act).RuleName;

    [Fact]
    public void An_injury_date_in_the_future_is_refused() =>
        BrokenRule(() => InjuryCase.Open(CompanyId.New(), "MAIN", "C-1", Employee(), new InjuryDetails(Today.AddDays(1)), Today, Now))
            .ShouldBe(nameof(InjuryDateCannotBeInTheFuture));

    [Fact]
    public void A_new_case_is_open_with_no_work_status()
    {
        var injuryCase = Case();

        injuryCase.Status.ShouldBe(InjuryCaseStatus.Open);
        injuryCase.CurrentStatus(Today).ShouldBeNull();
        injuryCase.CountDays(Today).ShouldBe(new InjuryDayCounts(0, 0));
    }

    [Fact]
    public void A_work_status_is_recorded_and_raises_a_change()
    {
        var injuryCase = Case();

        injuryCase.RecordWorkStatus(WorkStatus.ModifiedDuty, ["No lifting over 10 lb", " "], InjuryDate.AddDays(1), Now.AddDays(3), InjuryDate.AddDays(14), VisitResultId.New(), false, Now)
            .ShouldBeTrue();

        var current = injuryCase.CurrentStatus(Today).ShouldNotBeNull();
        current.Status.ShouldBe(WorkStatus.ModifiedDuty);
        current.Restrictions.ShouldBe(["No lifting over 10 lb"]);
        current.NextAppointmentAt.ShouldBe(Now.AddDays(3));
        injuryCase.DomainEvents.OfType<WorkStatusChanged>().ShouldHaveSingleItem();
    }

    [Fact]
    public void The_same_work_status_again_is_a_retry_that_changes_nothing()
    {
        var injuryCase = Case();
        Status(injuryCase, WorkStatus.OffWork, InjuryDate);
        injuryCase.ClearDomainEvents();

        injuryCase.RecordWorkStatus(WorkStatus.OffWork, [], InjuryDate, null, null, Visit, false, Now.AddMinutes(5)).ShouldBeFalse();

        injuryCase.WorkStatuses.Count.ShouldBe(1);
        injuryCase.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public void A_work_status_cannot_precede_the_injury() =>
        BrokenRule(() => Status(Case(), WorkStatus.OffWork, InjuryDate.AddDays(-1))).ShouldBe(nameof(WorkStatusCannotPrecedeTheInjury));

    [Fact]
    public void A_work_status_on_the_day_of_injury_is_accepted()
    {
        var injuryCase = Case();

        Status(injuryCase, WorkStatus.OffWork, InjuryDate);

        injuryCase.StatusOn(InjuryDate)!.Status.ShouldBe(WorkStatus.OffWork);
    }

    [Fact]
    public void Modified_duty_needs_a_restriction() =>
        BrokenRule(() => Status(Case(), WorkStatus.ModifiedDuty, InjuryDate)).ShouldBe(nameof(ModifiedDutyNeedsARestriction));

    [Fact]
    public void Full_duty_has_no_restrictions() =>
        BrokenRule(() => Status(Case(), WorkStatus.FullDuty, InjuryDate, false, "No ladders")).ShouldBe(nameof(OnlyModifiedDutyHasRestrictions));

    [Fact]
    public void A_case_closes_with_its_last_status()
    {
        var injuryCase = Case();

        Status(injuryCase, WorkStatus.FullDuty, InjuryDate.AddDays(4), close: true);

        injuryCase.Status.ShouldBe(InjuryCaseStatus.Closed);
        injuryCase.ClosedOn.ShouldBe(InjuryDate.AddDays(4));
        injuryCase.DomainEvents.OfType<InjuryCaseClosed>().ShouldHaveSingleItem();
    }

    [Fact]
    public void A_case_closes_once()
    {
        var injuryCase = Case();
        injuryCase.Close(InjuryDate.AddDays(2), Now);

        BrokenRule(() => injuryCase.Close(InjuryDate.AddDays(3), Now)).ShouldBe(nameof(InjuryCaseClosesOnce));
    }

    [Fact]
    public void The_closing_status_sent_again_is_a_retry()
    {
        var injuryCase = Case();
        Status(injuryCase, WorkStatus.FullDuty, InjuryDate.AddDays(4), close: true);

        injuryCase.RecordWorkStatus(WorkStatus.FullDuty, [], InjuryDate.AddDays(4), null, null, Visit, true, Now).ShouldBeFalse();

        injuryCase.Status.ShouldBe(InjuryCaseStatus.Closed);
    }

    [Fact]
    public void A_closed_case_takes_no_new_work_status()
    {
        var injuryCase = Case();
        Status(injuryCase, WorkStatus.FullDuty, InjuryDate.AddDays(4), close: true);

        BrokenRule(() => Status(injuryCase, WorkStatus.OffWork, InjuryDate.AddDays(5))).ShouldBe(nameof(ClosedCaseTakesNoNewWorkStatus));
        injuryCase.WorkStatuses.Count.ShouldBe(1);
    }

    [Fact]
    public void A_reopened_case_takes_a_new_work_status_and_says_who_reopened_it()
    {
        var injuryCase = Case();
        var admin = PortalUserId.New();
        Status(injuryCase, WorkStatus.FullDuty, InjuryDate.AddDays(4), close: true);

        injuryCase.Reopen(admin, Now);
        Status(injuryCase, WorkStatus.OffWork, InjuryDate.AddDays(5));

        injuryCase.Status.ShouldBe(InjuryCaseStatus.Open);
        injuryCase.ClosedOn.ShouldBeNull();
        injuryCase.DomainEvents.OfType<InjuryCaseReopened>().Single().ReopenedBy.ShouldBe(admin);
    }

    [Fact]
    public void Only_a_closed_case_is_reopened() =>
        BrokenRule(() => Case().Reopen(PortalUserId.New(), Now)).ShouldBe(nameof(OnlyAClosedCaseIsReopened));

    [Fact]
    public void A_visit_of_another_employee_does_not_join_the_case() =>
        BrokenRule(() => Case().AddVisit(VisitResultId.New(), Employee() with { LastName = "Other" }, "MAIN", null, Now))
            .ShouldBe(nameof(VisitJoinsTheCaseOfItsEmployee));

    [Fact]
    public void A_visit_at_another_location_does_not_join_the_case() =>
        BrokenRule(() => Case().AddVisit(VisitResultId.New(), Employee(), "PHX", null, Now)).ShouldBe(nameof(VisitJoinsTheCaseOfItsLocation));

    [Fact]
    public void A_visit_joins_once_and_fills_in_a_claim_number_sent_later()
    {
        var injuryCase = InjuryCase.Open(CompanyId.New(), "MAIN", "C-2", Employee(), new InjuryDetails(InjuryDate), Today, Now);
        var visit = VisitResultId.New();

        injuryCase.AddVisit(visit, Employee(), "main", new InjuryDetails(InjuryDate, ClaimNumber: "WC-9"), Now).ShouldBeTrue();
        injuryCase.AddVisit(visit, Employee(), "MAIN", null, Now).ShouldBeFalse();

        injuryCase.Visits.ShouldHaveSingleItem();
        injuryCase.Details.ClaimNumber.ShouldBe("WC-9");
    }

    [Fact]
    public void Details_that_contradict_the_case_are_not_the_same_injury()
    {
        var injuryCase = Case();

        injuryCase.IsConsistentWith(new InjuryDetails(InjuryDate, BodyPart: "left WRIST ")).ShouldBeTrue();
        injuryCase.IsConsistentWith(new InjuryDetails(InjuryDate.AddDays(1))).ShouldBeFalse();
        injuryCase.IsConsistentWith(new InjuryDetails(InjuryDate, ClaimNumber: "WC-2")).ShouldBeFalse();
    }

    [Fact]
    public void Days_are_counted_after_the_day_of_injury_by_the_status_in_effect_each_day()
    {
        var injuryCase = Case();
        Status(injuryCase, WorkStatus.OffWork, InjuryDate);
        Status(injuryCase, WorkStatus.ModifiedDuty, InjuryDate.AddDays(4), false, "Seated work only");
        Status(injuryCase, WorkStatus.FullDuty, InjuryDate.AddDays(6));

        // Off work Mar 4-6 (the day of injury is not counted), restricted Mar 7-8, full duty from Mar 9.
        injuryCase.CountDays(InjuryDate.AddDays(20)).ShouldBe(new InjuryDayCounts(3, 2));
        injuryCase.CountDays(InjuryDate.AddDays(2)).ShouldBe(new InjuryDayCounts(2, 0));
        injuryCase.DaysSinceInjury(InjuryDate.AddDays(20)).ShouldBe(20);
    }

    [Fact]
    public void A_status_recorded_later_for_an_earlier_date_counts_from_its_date()
    {
        var injuryCase = Case();
        Status(injuryCase, WorkStatus.ModifiedDuty, InjuryDate.AddDays(3), false, "No climbing");
        Status(injuryCase, WorkStatus.OffWork, InjuryDate.AddDays(1));

        injuryCase.CountDays(InjuryDate.AddDays(4)).ShouldBe(new InjuryDayCounts(2, 2));
    }

    [Fact]
    public void A_closed_case_stops_counting_on_the_day_it_closed()
    {
        var injuryCase = Case();
        Status(injuryCase, WorkStatus.OffWork, InjuryDate);
        injuryCase.Close(InjuryDate.AddDays(5), Now);

        injuryCase.CountDays(InjuryDate.AddDays(100)).ShouldBe(new InjuryDayCounts(4, 0));
    }

    [Fact]
    public void Days_away_and_restricted_together_stop_at_180()
    {
        var injuryCase = Case(new DateOnly(2024, 1, 10));
        Status(injuryCase, WorkStatus.OffWork, new DateOnly(2024, 1, 10));
        Status(injuryCase, WorkStatus.ModifiedDuty, new DateOnly(2024, 1, 10).AddDays(101), false, "No driving");

        var counts = injuryCase.CountDays(new DateOnly(2025, 3, 1));

        counts.ShouldBe(new InjuryDayCounts(100, 80));
        (counts.DaysAway + counts.DaysRestricted).ShouldBe(InjuryDayCounts.Cap);
    }

    [Fact]
    public void Days_away_alone_stop_at_180()
    {
        var injuryCase = Case(new DateOnly(2024, 1, 10));
        Status(injuryCase, WorkStatus.OffWork, new DateOnly(2024, 1, 10));

        injuryCase.CountDays(new DateOnly(2024, 1, 10).AddDays(180)).ShouldBe(new InjuryDayCounts(180, 0));
        injuryCase.CountDays(new DateOnly(2025, 3, 1)).ShouldBe(new InjuryDayCounts(180, 0));
        injuryCase.CountDays(new DateOnly(2024, 1, 10).AddDays(179)).ShouldBe(new InjuryDayCounts(179, 0));
    }

    [Fact]
    public void The_short_spring_forward_day_is_one_whole_day_away()
    {
        // Injured Saturday Mar 7 2026; clocks in Chicago spring forward early on Sunday Mar 8 (a 23-hour day).
        var injuryCase = Case(new DateOnly(2026, 3, 7));
        Status(injuryCase, WorkStatus.OffWork, new DateOnly(2026, 3, 7));

        // 5:30 UTC is 12:30 AM CDT on Monday Mar 9 in Chicago: two whole days away (Sunday and Monday), however short Sunday was.
        var today = ZoneCalendar.Chicago.DateOf(new DateTimeOffset(2026, 3, 9, 5, 30, 0, TimeSpan.Zero));

        today.ShouldBe(new DateOnly(2026, 3, 9));
        injuryCase.CountDays(today).ShouldBe(new InjuryDayCounts(2, 0));
    }

    [Fact]
    public void The_long_fall_back_day_is_one_whole_day_restricted_and_the_local_date_decides_today()
    {
        // Injured Saturday Oct 31 2026; Chicago falls back early on Sunday Nov 1 (a 25-hour day).
        var injuryCase = Case(new DateOnly(2026, 10, 31));
        Status(injuryCase, WorkStatus.ModifiedDuty, new DateOnly(2026, 11, 1), false, "Light duty");

        // 11:30 PM CST on Nov 1 is already Nov 2 in UTC; the case's location still says Nov 1.
        var lateSunday = new DateTimeOffset(2026, 11, 2, 5, 30, 0, TimeSpan.Zero);
        var today = ZoneCalendar.Chicago.DateOf(lateSunday);

        today.ShouldBe(new DateOnly(2026, 11, 1));
        injuryCase.CountDays(today).ShouldBe(new InjuryDayCounts(0, 1));
        injuryCase.CountDays(DateOnly.FromDateTime(lateSunday.UtcDateTime)).ShouldBe(new InjuryDayCounts(0, 2));
    }

    [Fact]
    public void The_admin_decides_recordability_and_privacy_once_per_change()
    {
        var injuryCase = Case();
        var admin = PortalUserId.New();

        injuryCase.DecideOshaRecording(true, true, admin, Now);
        injuryCase.DecideOshaRecording(true, true, admin, Now);

        injuryCase.OshaRecordable.ShouldBe(true);
        injuryCase.OshaPrivacyCase.ShouldBeTrue();
        injuryCase.DomainEvents.OfType<InjuryCaseOshaRecordingDecided>().ShouldHaveSingleItem();
    }
}
