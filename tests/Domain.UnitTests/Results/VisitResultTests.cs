using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Results;
using static EmployerPortal.Domain.UnitTests.TestData;

namespace EmployerPortal.Domain.UnitTests.Results;

public sealed class VisitResultTests
{
    private static readonly CompanyId Company = CompanyId.New();
    private static readonly DateTimeOffset ScheduledAt = Now.AddDays(1);
    private static readonly AuthorizationNumber Number = AuthorizationNumber.Generate(new Random(5));

    private static VisitResult Register(VisitCategory category = VisitCategory.Injury, string? authorizationNumber = null)
    {
        var visit = VisitResult.Register(Company, "V-3001", Employee(), category, "Downtown Clinic", ScheduledAt, authorizationNumber, Now);
        visit.ClearDomainEvents();
        return visit;
    }

    [Fact]
    public void Registering_a_visit_schedules_it_and_raises_VisitRegistered()
    {
        var visit = VisitResult.Register(Company, " V-3001 ", Employee(), VisitCategory.Injury, " Downtown Clinic ", ScheduledAt, Number.Display.ToLowerInvariant(), Now);

        visit.ExternalVisitId.ShouldBe("V-3001");
        visit.Clinic.ShouldBe("Downtown Clinic");
        visit.AuthorizationNumber.ShouldBe(Number.Value);
        visit.Status.ShouldBe(VisitStatus.Scheduled);
        visit.StatusTimeline.ShouldBe([new VisitStatusChange(VisitStatus.Scheduled, Now)]);
        visit.DomainEvents.ShouldBe([new VisitRegistered(visit.Id, Company, "V-3001", VisitCategory.Injury, Now)]);
    }

    [Fact]
    public void An_authorization_number_from_another_system_is_kept_as_given()
    {
        Register(authorizationNumber: " LEGACY-77 ").AuthorizationNumber.ShouldBe("LEGACY-77");
    }

    [Fact]
    public void Registering_a_visit_for_an_employee_born_in_the_future_is_refused()
    {
        var ex = Should.Throw<BusinessRuleViolationException>(() =>
            VisitResult.Register(Company, "V-3001", Employee() with { DateOfBirth = Today.AddDays(1) }, VisitCategory.NonInjury, "Downtown Clinic", ScheduledAt, null, Now));

        ex.RuleName.ShouldBe(nameof(DateOfBirthMustBeInThePast));
    }

    [Fact]
    public void The_same_registration_sent_again_is_recognised()
    {
        var visit = Register(authorizationNumber: Number.Value);

        visit.IsSameRegistration(Company, Employee(), VisitCategory.Injury, "Downtown Clinic ", ScheduledAt.ToUniversalTime(), Number.Display.ToLowerInvariant())
            .ShouldBeTrue();
    }

    public static TheoryData<string> Differences() =>
        ["company", "employee", "category", "clinic", "scheduledAt", "authorizationNumber"];

    [Theory]
    [MemberData(nameof(Differences))]
    public void A_registration_that_differs_in_any_field_is_another_visit(string difference)
    {
        var visit = Register(authorizationNumber: Number.Value);

        visit.IsSameRegistration(
            difference == "company" ? CompanyId.New() : Company,
            difference == "employee" ? Employee() with { EmployeeId = "E-9999" } : Employee(),
            difference == "category" ? VisitCategory.NonInjury : VisitCategory.Injury,
            difference == "clinic" ? "Uptown Clinic" : "Downtown Clinic",
            difference == "scheduledAt" ? ScheduledAt.AddMinutes(15) : ScheduledAt,
            difference == "authorizationNumber" ? null : Number.Value)
            .ShouldBeFalse();
    }

    private static readonly HashSet<(VisitStatus From, VisitStatus To)> AllowedTransitions =
    [
        (VisitStatus.Scheduled, VisitStatus.CheckedIn),
        (VisitStatus.Scheduled, VisitStatus.NoShow),
        (VisitStatus.Scheduled, VisitStatus.Cancelled),
        (VisitStatus.CheckedIn, VisitStatus.InProgress),
        (VisitStatus.CheckedIn, VisitStatus.Cancelled),
        (VisitStatus.InProgress, VisitStatus.Completed),
    ];

    public static TheoryData<VisitStatus, VisitStatus> AllPairs()
    {
        var data = new TheoryData<VisitStatus, VisitStatus>();
        foreach (var from in Enum.GetValues<VisitStatus>())
        {
            foreach (var to in Enum.GetValues<VisitStatus>())
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    /// <summary>A registered visit walked along legal steps to <paramref name="status"/>, one hour per step.</summary>
    private static VisitResult VisitIn(VisitStatus status)
    {
        VisitStatus[] path = status switch
        {
            VisitStatus.Scheduled => [],
            VisitStatus.CheckedIn => [VisitStatus.CheckedIn],
            VisitStatus.InProgress => [VisitStatus.CheckedIn, VisitStatus.InProgress],
            VisitStatus.Completed => [VisitStatus.CheckedIn, VisitStatus.InProgress, VisitStatus.Completed],
            VisitStatus.NoShow => [VisitStatus.NoShow],
            VisitStatus.Cancelled => [VisitStatus.Cancelled],
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
        var visit = Register();
        for (var i = 0; i < path.Length; i++)
        {
            visit.ChangeStatus(path[i], ScheduledAt.AddHours(i));
        }

        visit.ClearDomainEvents();
        return visit;
    }

    [Fact]
    public void The_pairs_cover_every_status_against_every_status()
    {
        AllPairs().Count().ShouldBe(36);
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Exactly_the_allowed_status_transitions_succeed(VisitStatus from, VisitStatus to)
    {
        var visit = VisitIn(from);
        var at = ScheduledAt.AddHours(10);

        if (AllowedTransitions.Contains((from, to)))
        {
            visit.ChangeStatus(to, at);

            visit.Status.ShouldBe(to);
            visit.StatusTimeline[^1].ShouldBe(new VisitStatusChange(to, at));
            visit.DomainEvents[0].ShouldBe(new VisitStatusChanged(visit.Id, Company, from, to, at));
            VisitStatusTransitionMustBeAllowed.Allows(from, to).ShouldBeTrue();
        }
        else
        {
            var ex = Should.Throw<BusinessRuleViolationException>(() => visit.ChangeStatus(to, at));

            ex.RuleName.ShouldBe(nameof(VisitStatusTransitionMustBeAllowed));
            visit.Status.ShouldBe(from);
            visit.DomainEvents.ShouldBeEmpty();
            VisitStatusTransitionMustBeAllowed.Allows(from, to).ShouldBeFalse();
        }
    }

    [Fact]
    public void Marking_a_visit_no_show_raises_VisitMarkedNoShow()
    {
        var visit = Register();

        visit.ChangeStatus(VisitStatus.NoShow, ScheduledAt.AddHours(1));

        visit.DomainEvents.ShouldBe(
        [
            new VisitStatusChanged(visit.Id, Company, VisitStatus.Scheduled, VisitStatus.NoShow, ScheduledAt.AddHours(1)),
            new VisitMarkedNoShow(visit.Id, Company, ScheduledAt.AddHours(1)),
        ]);
    }

    [Fact]
    public void Re_sending_the_current_status_with_the_same_time_changes_nothing()
    {
        var visit = Register();
        visit.ChangeStatus(VisitStatus.CheckedIn, ScheduledAt);
        visit.ClearDomainEvents();

        visit.ChangeStatus(VisitStatus.CheckedIn, ScheduledAt.ToOffset(TimeSpan.Zero));

        visit.StatusTimeline.Count.ShouldBe(2);
        visit.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public void Re_sending_the_current_status_with_another_time_is_refused()
    {
        var visit = Register();
        visit.ChangeStatus(VisitStatus.CheckedIn, ScheduledAt);

        var ex = Should.Throw<BusinessRuleViolationException>(() => visit.ChangeStatus(VisitStatus.CheckedIn, ScheduledAt.AddMinutes(1)));

        ex.RuleName.ShouldBe(nameof(VisitStatusTransitionMustBeAllowed));
    }

    [Fact]
    public void Re_sending_an_earlier_status_after_the_visit_moved_on_is_refused()
    {
        var visit = Register();
        visit.ChangeStatus(VisitStatus.CheckedIn, ScheduledAt);
        visit.ChangeStatus(VisitStatus.InProgress, ScheduledAt.AddMinutes(10));

        var ex = Should.Throw<BusinessRuleViolationException>(() => visit.ChangeStatus(VisitStatus.CheckedIn, ScheduledAt));

        ex.RuleName.ShouldBe(nameof(VisitStatusTransitionMustBeAllowed));
    }

    [Fact]
    public void Scheduling_a_recheck_for_an_injury_visit_raises_RecheckScheduled()
    {
        var visit = Register();
        var appointment = Now.AddDays(7);

        visit.ScheduleRecheck(appointment, Now);

        visit.NextRecheckAt.ShouldBe(appointment);
        visit.DomainEvents.ShouldBe([new RecheckScheduled(visit.Id, Company, appointment, Now)]);
    }

    [Fact]
    public void Scheduling_the_same_recheck_again_raises_nothing()
    {
        var visit = Register();
        visit.ScheduleRecheck(Now.AddDays(7), Now);
        visit.ClearDomainEvents();

        visit.ScheduleRecheck(Now.AddDays(7), Now.AddMinutes(1));

        visit.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public void Rescheduling_a_recheck_moves_the_appointment()
    {
        var visit = Register();
        visit.ScheduleRecheck(Now.AddDays(7), Now);

        visit.ScheduleRecheck(Now.AddDays(9), Now);

        visit.NextRecheckAt.ShouldBe(Now.AddDays(9));
        visit.DomainEvents.Count.ShouldBe(2);
    }

    [Fact]
    public void Scheduling_a_recheck_for_a_non_injury_visit_is_refused()
    {
        var visit = Register(VisitCategory.NonInjury);

        var ex = Should.Throw<BusinessRuleViolationException>(() => visit.ScheduleRecheck(Now.AddDays(7), Now));

        ex.RuleName.ShouldBe(nameof(RecheckOnlyForInjuryVisits));
        visit.NextRecheckAt.ShouldBeNull();
    }

    [Fact]
    public void Scheduling_a_recheck_for_a_cancelled_visit_is_refused()
    {
        var visit = Register();
        visit.ChangeStatus(VisitStatus.Cancelled, Now);

        var ex = Should.Throw<BusinessRuleViolationException>(() => visit.ScheduleRecheck(Now.AddDays(7), Now));

        ex.RuleName.ShouldBe(nameof(RecheckCannotBeScheduledForACancelledVisit));
    }

    [Fact]
    public void Scheduling_a_recheck_in_the_past_is_refused()
    {
        var visit = Register();

        var ex = Should.Throw<BusinessRuleViolationException>(() => visit.ScheduleRecheck(Now.AddMinutes(-1), Now));

        ex.RuleName.ShouldBe(nameof(RecheckAppointmentMustBeInTheFuture));
    }

    [Fact]
    public void Cancelling_the_recheck_clears_the_appointment()
    {
        var visit = Register();
        visit.ScheduleRecheck(Now.AddDays(7), Now);

        visit.CancelRecheck();

        visit.NextRecheckAt.ShouldBeNull();
    }
}
