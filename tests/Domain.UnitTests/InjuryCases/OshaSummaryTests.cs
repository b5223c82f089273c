using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.InjuryCases;
using static EmployerPortal.Domain.UnitTests.TestData;

namespace EmployerPortal.Domain.UnitTests.InjuryCases;

public sealed class OshaSummaryTests
{
    private static OshaEstablishmentDetails Details(int employees = 50, long hours = 100_000) =>
        new(" Dallas Terminal ", "1 Dock Rd", "Dallas", "tx", "75201", "Trucking", "484121", employees, hours);

    private static OshaTotals Totals(params OshaClassification[] cases) =>
        OshaTotals.Of(cases.Select(c => (c, new InjuryDayCounts(c == OshaClassification.DaysAway ? 3 : 0, c == OshaClassification.JobTransferOrRestriction ? 5 : 0))));

    [Fact]
    public void The_totals_count_cases_by_classification_and_sum_the_days()
    {
        var totals = Totals(OshaClassification.Death, OshaClassification.DaysAway, OshaClassification.DaysAway, OshaClassification.JobTransferOrRestriction, OshaClassification.Other);

        totals.ShouldBe(new OshaTotals(Deaths: 1, DaysAwayCases: 2, JobTransferOrRestrictionCases: 1, OtherCases: 1, DaysAway: 6, DaysRestricted: 5));
        totals.Cases.ShouldBe(5);
    }

    [Fact]
    public void The_TRIR_is_every_case_times_200000_over_the_hours()
    {
        var totals = Totals(OshaClassification.Death, OshaClassification.DaysAway, OshaClassification.JobTransferOrRestriction, OshaClassification.Other);

        OshaRates.Trir(totals, 100_000).ShouldBe(8m);
        OshaRates.Trir(totals, 300_000)!.Value.ShouldBe(2.6666666666666666666666666667m, 0.0000001m);
    }

    [Fact]
    public void The_DART_rate_counts_only_days_away_and_job_transfer_or_restriction_cases()
    {
        var totals = Totals(OshaClassification.Death, OshaClassification.DaysAway, OshaClassification.JobTransferOrRestriction, OshaClassification.Other, OshaClassification.Other);

        OshaRates.Dart(totals, 400_000).ShouldBe(1m);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0L)]
    public void Without_hours_there_is_no_rate(long? hours)
    {
        OshaRates.Trir(Totals(OshaClassification.Other), hours).ShouldBeNull();
        OshaRates.Dart(Totals(OshaClassification.DaysAway), hours).ShouldBeNull();
    }

    [Fact]
    public void A_year_without_cases_has_a_rate_of_zero()
    {
        OshaRates.Trir(Totals(), 100_000).ShouldBe(0m);
    }

    [Fact]
    public void The_classification_comes_from_the_day_counts()
    {
        OshaClassifications.Of(new InjuryDayCounts(1, 4)).ShouldBe(OshaClassification.DaysAway);
        OshaClassifications.Of(new InjuryDayCounts(0, 4)).ShouldBe(OshaClassification.JobTransferOrRestriction);
        OshaClassifications.Of(new InjuryDayCounts(0, 0)).ShouldBe(OshaClassification.Other);
    }

    [Fact]
    public void Establishment_details_are_recorded_trimmed_and_changed()
    {
        var establishment = OshaEstablishment.Record(CompanyId.New(), "dal", 2025, Details(), Now);

        establishment.LocationCode.ShouldBe("DAL");
        establishment.Details.EstablishmentName.ShouldBe("Dallas Terminal");
        establishment.Details.State.ShouldBe("TX");
        establishment.Change(Details(employees: 60, hours: 120_000), Now.AddDays(1));
        establishment.Details.AverageEmployees.ShouldBe(60);
        establishment.Details.HoursWorked.ShouldBe(120_000);
        establishment.UpdatedAt.ShouldBe(Now.AddDays(1));
    }

    [Fact]
    public void More_hours_than_the_employees_can_work_in_the_year_are_refused()
    {
        Should.Throw<BusinessRuleViolationException>(() => OshaEstablishment.Record(CompanyId.New(), "MAIN", 2025, Details(employees: 1, hours: 8_761), Now))
            .RuleName.ShouldBe(nameof(HoursWorkedFitTheEmployeesYear));
        OshaEstablishment.Record(CompanyId.New(), "MAIN", 2024, Details(employees: 1, hours: 8_784), Now).Details.HoursWorked.ShouldBe(8_784, "2024 is a leap year");
    }
}

public sealed class Osha300CorrectionTests
{
    private static readonly DateOnly Injured = new(2025, 3, 3);

    private static InjuryCase Case()
    {
        var injuryCase = InjuryCase.Open(CompanyId.New(), "MAIN", "C-300", Employee(), new InjuryDetails(Injured, null, "Left wrist", null, null, "Slipped"), new DateOnly(2030, 1, 1), Now);
        injuryCase.RecordWorkStatus(WorkStatus.OffWork, [], Injured, null, null, VisitResultId.New(), false, Now);
        injuryCase.ClearDomainEvents();
        return injuryCase;
    }

    [Fact]
    public void A_correction_replaces_the_prefilled_values_and_names_the_fields_changed()
    {
        var injuryCase = Case();

        injuryCase.CorrectOsha300(new Osha300Correction(OshaClassification.Death, " Loader ", "Dock 4", null, 2, null), PortalUserId.New(), Now);

        injuryCase.OshaClassificationOf(injuryCase.OshaDayCounts(Injured.AddDays(10))).ShouldBe(OshaClassification.Death);
        injuryCase.OshaDayCounts(Injured.AddDays(10)).ShouldBe(new InjuryDayCounts(2, 0), "days away overridden, days restricted still counted");
        injuryCase.OshaCorrection.JobTitle.ShouldBe("Loader");
        injuryCase.DomainEvents.OfType<InjuryCaseOsha300Corrected>().ShouldHaveSingleItem().ChangedFields
            .ShouldBe(["classification", "job title", "where the event occurred", "days away"]);
    }

    [Fact]
    public void Without_a_correction_the_values_come_from_the_history()
    {
        var injuryCase = Case();

        injuryCase.OshaDayCounts(Injured.AddDays(10)).ShouldBe(new InjuryDayCounts(10, 0));
        injuryCase.OshaClassificationOf(injuryCase.OshaDayCounts(Injured.AddDays(10))).ShouldBe(OshaClassification.DaysAway);
    }

    [Fact]
    public void The_same_correction_again_changes_nothing()
    {
        var injuryCase = Case();
        injuryCase.CorrectOsha300(new Osha300Correction(JobTitle: "Loader"), PortalUserId.New(), Now);
        injuryCase.ClearDomainEvents();

        injuryCase.CorrectOsha300(new Osha300Correction(JobTitle: "Loader "), PortalUserId.New(), Now);

        injuryCase.DomainEvents.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(181, null)]
    [InlineData(null, 181)]
    [InlineData(-1, null)]
    public void A_day_count_over_180_is_refused(int? away, int? restricted)
    {
        var injuryCase = Case();

        Should.Throw<BusinessRuleViolationException>(() => injuryCase.CorrectOsha300(new Osha300Correction(DaysAway: away, DaysRestricted: restricted), PortalUserId.New(), Now))
            .RuleName.ShouldBe(nameof(OshaDayCountIsAtMost180));
        injuryCase.OshaCorrection.ShouldBe(Osha300Correction.None);
    }

    [Fact]
    public void Blank_text_keeps_the_prefilled_value()
    {
        var injuryCase = Case();

        injuryCase.CorrectOsha300(new Osha300Correction(Description: "  ", DaysAway: 180), PortalUserId.New(), Now);

        injuryCase.OshaCorrection.Description.ShouldBeNull();
        injuryCase.OshaDayCounts(Injured.AddDays(10)).DaysAway.ShouldBe(180);
    }
}
