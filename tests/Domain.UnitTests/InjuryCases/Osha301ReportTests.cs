using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.InjuryCases;
using static EmployerPortal.Domain.UnitTests.TestData;

namespace EmployerPortal.Domain.UnitTests.InjuryCases;

public sealed class Osha301ReportTests
{
    private static readonly DateOnly Injured = new(2025, 3, 3);
    private static readonly DateOnly Today = new(2025, 6, 1);

    private static InjuryCase Case()
    {
        var injuryCase = InjuryCase.Open(CompanyId.New(), "MAIN", "C-301", Employee(), new InjuryDetails(Injured, new TimeOnly(9, 30), "Left wrist", null, null, "Slipped"), Today, Now);
        injuryCase.ClearDomainEvents();
        return injuryCase;
    }

    [Fact]
    public void Completing_the_report_stores_the_cleaned_values_and_names_the_fields_changed_not_their_values()
    {
        var injuryCase = Case();

        injuryCase.CompleteOsha301(
            new Osha301Report(EmployeeStreet: " 12 Elm St ", EmployeeState: "tx", PhysicianName: "Dr. Ada Park", TreatedInEmergencyRoom: false, ObjectOrSubstance: "  ", CompletedOn: Today),
            Today, PortalUserId.New(), Now);

        injuryCase.Osha301.EmployeeStreet.ShouldBe("12 Elm St");
        injuryCase.Osha301.EmployeeState.ShouldBe("TX");
        injuryCase.Osha301.ObjectOrSubstance.ShouldBeNull("a blank keeps the prefilled value");
        var completed = injuryCase.DomainEvents.OfType<InjuryCaseOsha301Completed>().ShouldHaveSingleItem();
        completed.ChangedFields.ShouldBe(["employee address", "physician", "emergency room", "completed by"]);
        string.Join(' ', completed.ChangedFields).ShouldNotContain("Park");
    }

    [Fact]
    public void Saving_the_same_values_again_changes_nothing_and_raises_nothing()
    {
        var injuryCase = Case();
        var report = new Osha301Report(ActivityBefore: "Unloading pallets", HospitalizedOvernight: true);
        injuryCase.CompleteOsha301(report, Today, PortalUserId.New(), Now);
        injuryCase.ClearDomainEvents();

        injuryCase.CompleteOsha301(report with { ActivityBefore = " Unloading pallets " }, Today, PortalUserId.New(), Now);

        injuryCase.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public void An_employee_is_hired_on_or_before_the_day_of_the_injury()
    {
        var injuryCase = Case();

        Should.Throw<BusinessRuleViolationException>(() => injuryCase.CompleteOsha301(new Osha301Report(HireDate: Injured.AddDays(1)), Today, PortalUserId.New(), Now))
            .RuleName.ShouldBe(nameof(HireDateCannotFollowTheInjury));
        injuryCase.CompleteOsha301(new Osha301Report(HireDate: Injured), Today, PortalUserId.New(), Now);
        injuryCase.Osha301.HireDate.ShouldBe(Injured, "hired the same day is possible");
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(90, true)]
    [InlineData(91, false)]
    public void A_death_falls_between_the_injury_and_today(int daysAfterInjury, bool accepted)
    {
        var injuryCase = Case();
        var died = Injured.AddDays(daysAfterInjury); // Today is 90 days after the injury.

        var complete = () => injuryCase.CompleteOsha301(new Osha301Report(DateOfDeath: died), Today, PortalUserId.New(), Now);

        if (accepted)
        {
            complete();
            injuryCase.Osha301.DateOfDeath.ShouldBe(died);
        }
        else
        {
            Should.Throw<BusinessRuleViolationException>(complete).RuleName.ShouldBe(nameof(DateOfDeathFallsBetweenTheInjuryAndToday));
            injuryCase.Osha301.ShouldBe(Osha301Report.None, "a refused report changes nothing");
        }
    }

    [Fact]
    public void The_report_is_completed_after_the_injury_and_not_in_the_future()
    {
        var injuryCase = Case();

        Should.Throw<BusinessRuleViolationException>(() => injuryCase.CompleteOsha301(new Osha301Report(CompletedOn: Injured.AddDays(-1)), Today, PortalUserId.New(), Now))
            .RuleName.ShouldBe(nameof(Osha301CompletedBetweenTheInjuryAndToday));
        Should.Throw<BusinessRuleViolationException>(() => injuryCase.CompleteOsha301(new Osha301Report(CompletedOn: Today.AddDays(1)), Today, PortalUserId.New(), Now))
            .RuleName.ShouldBe(nameof(Osha301CompletedBetweenTheInjuryAndToday));
    }
}
