using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Employees;
using EmployerPortal.Domain.Results;
using static EmployerPortal.Domain.UnitTests.TestData;

namespace EmployerPortal.Domain.UnitTests.Employees;

public sealed class ComplianceRulesTests
{
    private static RosterEmployee Enrolled(params ComplianceProgram[] programs) =>
        RosterEmployee.Add(CompanyId.New(), RosterEmployeeTests.Details(programs: programs), Today);

    [Fact]
    public void Each_program_brings_its_items()
    {
        Enrolled(ComplianceProgram.DotDriver).TrackedItems.ShouldBe([ComplianceItemKind.DotMedicalCertificate]);
        Enrolled(ComplianceProgram.RespiratorUser).TrackedItems.ShouldBe([ComplianceItemKind.RespiratorFitTest, ComplianceItemKind.RespiratorMedicalClearance]);
        Enrolled(ComplianceProgram.HearingConservation).TrackedItems.ShouldBe([ComplianceItemKind.HearingTest]);
        Enrolled().TrackedItems.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(ResultType.MecDotCard, ComplianceItemKind.DotMedicalCertificate)]
    [InlineData(ResultType.FitTestResults, ComplianceItemKind.RespiratorFitTest)]
    [InlineData(ResultType.RespiratoryClearance, ComplianceItemKind.RespiratorMedicalClearance)]
    [InlineData(ResultType.AudiogramResults, ComplianceItemKind.HearingTest)]
    public void A_result_type_renews_its_item(ResultType type, ComplianceItemKind kind) =>
        ComplianceRules.KindRenewedBy(type).ShouldBe(kind);

    [Fact]
    public void Other_result_types_renew_nothing() =>
        ComplianceRules.KindRenewedBy(ResultType.TestAndLabResults).ShouldBeNull();

    [Fact]
    public void A_dot_medical_certificate_is_due_on_the_cards_expiry()
    {
        var exam = new DateOnly(2025, 3, 10);

        ComplianceRules.DueOn(ComplianceItemKind.DotMedicalCertificate, exam, new DateOnly(2026, 3, 10)).ShouldBe(new DateOnly(2026, 3, 10));
    }

    [Fact]
    public void A_dot_medical_certificate_lasts_at_most_two_years_from_the_exam()
    {
        var exam = new DateOnly(2025, 3, 10);

        ComplianceRules.DueOn(ComplianceItemKind.DotMedicalCertificate, exam, new DateOnly(2028, 1, 1)).ShouldBe(new DateOnly(2027, 3, 10));
        ComplianceRules.DueOn(ComplianceItemKind.DotMedicalCertificate, exam, null).ShouldBe(new DateOnly(2027, 3, 10));
        ComplianceRules.DueOn(ComplianceItemKind.DotMedicalCertificate, exam, new DateOnly(2027, 3, 10)).ShouldBe(new DateOnly(2027, 3, 10));
    }

    [Fact]
    public void A_dot_exam_on_29_february_lasts_until_28_february_two_years_on() =>
        ComplianceRules.DueOn(ComplianceItemKind.DotMedicalCertificate, new DateOnly(2024, 2, 29), null).ShouldBe(new DateOnly(2026, 2, 28));

    [Theory]
    [InlineData(ComplianceItemKind.RespiratorFitTest)]
    [InlineData(ComplianceItemKind.RespiratorMedicalClearance)]
    [InlineData(ComplianceItemKind.HearingTest)]
    public void Yearly_items_fall_due_a_year_after_or_sooner_when_the_result_says_so(ComplianceItemKind kind)
    {
        var done = new DateOnly(2025, 3, 10);

        ComplianceRules.DueOn(kind, done, null).ShouldBe(new DateOnly(2026, 3, 10));
        ComplianceRules.DueOn(kind, done, new DateOnly(2025, 9, 1)).ShouldBe(new DateOnly(2025, 9, 1));
        ComplianceRules.DueOn(kind, done, new DateOnly(2027, 1, 1)).ShouldBe(new DateOnly(2026, 3, 10));
    }

    [Fact]
    public void A_surveillance_exam_lasts_the_interval_the_company_has_and_a_year_by_default()
    {
        var employee = Enrolled(ComplianceProgram.MedicalSurveillance);
        ComplianceEvidence[] evidence = [new(ComplianceItemKind.SurveillanceExam, new DateOnly(2025, 8, 31), null)];

        ComplianceRules.ItemsFor(employee, evidence).ShouldHaveSingleItem().DueOn.ShouldBe(new DateOnly(2026, 8, 31));
        ComplianceRules.ItemsFor(employee, evidence, new CompliancePolicy(6)).ShouldHaveSingleItem().DueOn.ShouldBe(new DateOnly(2026, 2, 28), "six months on, the last day of a shorter month");
        ComplianceRules.ItemsFor(employee, evidence, new CompliancePolicy(36)).ShouldHaveSingleItem().DueOn.ShouldBe(new DateOnly(2028, 8, 31));
        ComplianceRules.DueOn(ComplianceItemKind.SurveillanceExam, new DateOnly(2025, 8, 31), new DateOnly(2025, 12, 1), new CompliancePolicy(6))
            .ShouldBe(new DateOnly(2025, 12, 1), "the opinion letter's own lapse date, when sooner, wins");
        ComplianceRules.KindRenewedBy(ResultType.MedicalSurveillanceOpinionLetter).ShouldBe(ComplianceItemKind.SurveillanceExam);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(60, true)]
    [InlineData(61, false)]
    public void A_company_surveillance_interval_is_one_to_sixty_months(int months, bool accepted)
    {
        var company = Domain.Companies.Company.Provision(Domain.Companies.AccountNumber.From("7001"), "Lead Works", new Domain.Companies.PostalAddress("1 Main", null, "Austin", "TX", "78701"), "5125550100", Now);

        var change = () => company.ChangeSurveillanceInterval(months);

        if (accepted)
        {
            change();
            company.CompliancePolicy.ShouldBe(new CompliancePolicy(months));
        }
        else
        {
            Should.Throw<BusinessRuleViolationException>(change).RuleName.ShouldBe(nameof(SurveillanceIntervalIsOneToSixtyMonths));
            company.SurveillanceIntervalMonths.ShouldBe(12, "a new company's exams last a year");
        }
    }

    [Fact]
    public void An_item_never_done_is_overdue()
    {
        var items = ComplianceRules.ItemsFor(Enrolled(ComplianceProgram.DotDriver), []);

        items.ShouldHaveSingleItem().ShouldBe(new ComplianceItem(ComplianceItemKind.DotMedicalCertificate, null, null));
        items[0].StatusOn(Today).ShouldBe(ComplianceStatus.Overdue);
    }

    [Fact]
    public void A_newer_result_renews_the_item()
    {
        var employee = Enrolled(ComplianceProgram.RespiratorUser);
        ComplianceEvidence[] evidence =
        [
            new(ComplianceItemKind.RespiratorFitTest, new DateOnly(2024, 3, 1), null),
            new(ComplianceItemKind.RespiratorFitTest, new DateOnly(2025, 3, 1), new DateOnly(2026, 2, 1)),
            new(ComplianceItemKind.DotMedicalCertificate, new DateOnly(2025, 3, 1), null),
        ];

        var items = ComplianceRules.ItemsFor(employee, evidence);

        items.ShouldBe([
            new ComplianceItem(ComplianceItemKind.RespiratorFitTest, new DateOnly(2025, 3, 1), new DateOnly(2026, 2, 1)),
            new ComplianceItem(ComplianceItemKind.RespiratorMedicalClearance, null, null),
        ]);
    }

    [Fact]
    public void An_older_result_arriving_late_does_not_push_the_due_date_back()
    {
        var employee = Enrolled(ComplianceProgram.HearingConservation);
        ComplianceEvidence[] evidence =
        [
            new(ComplianceItemKind.HearingTest, new DateOnly(2025, 1, 15), null),
            new(ComplianceItemKind.HearingTest, new DateOnly(2024, 1, 15), null),
        ];

        ComplianceRules.ItemsFor(employee, evidence).ShouldHaveSingleItem().DueOn.ShouldBe(new DateOnly(2026, 1, 15));
    }

    [Theory]
    [InlineData(-1, ComplianceStatus.Overdue)]
    [InlineData(0, ComplianceStatus.DueIn30Days)]
    [InlineData(30, ComplianceStatus.DueIn30Days)]
    [InlineData(31, ComplianceStatus.DueIn60Days)]
    [InlineData(60, ComplianceStatus.DueIn60Days)]
    [InlineData(61, ComplianceStatus.DueIn90Days)]
    [InlineData(90, ComplianceStatus.DueIn90Days)]
    [InlineData(91, ComplianceStatus.Current)]
    public void The_status_counts_days_from_the_local_date(int daysUntilDue, ComplianceStatus expected) =>
        new ComplianceItem(ComplianceItemKind.HearingTest, Today.AddYears(-1), Today.AddDays(daysUntilDue)).StatusOn(Today).ShouldBe(expected);
}

public sealed class VaccineSeriesComplianceTests
{
    private static readonly RosterEmployee Exposed =
        RosterEmployee.Add(CompanyId.New(), RosterEmployeeTests.Details(programs: [ComplianceProgram.BloodbornePathogens]), Today);

    private static ComplianceEvidence Dose(VaccineSeries series, int dose, DateOnly on) =>
        new(ComplianceItemKind.HepatitisBVaccineSeries, on, null, new VaccineDoseGiven(series, dose));

    private static ComplianceItem Item(params ComplianceEvidence[] evidence) => ComplianceRules.ItemsFor(Exposed, evidence).ShouldHaveSingleItem();

    [Fact]
    public void The_bloodborne_pathogens_program_tracks_the_hepatitis_b_series()
    {
        Exposed.TrackedItems.ShouldBe([ComplianceItemKind.HepatitisBVaccineSeries]);
        ComplianceRules.ProgramOf(ComplianceItemKind.HepatitisBVaccineSeries).ShouldBe(ComplianceProgram.BloodbornePathogens);
        ComplianceRules.KindAdvancedBy(VaccineSeries.HepatitisB).ShouldBe(ComplianceItemKind.HepatitisBVaccineSeries);
        ComplianceRules.KindAdvancedBy(VaccineSeries.HepatitisBCpG).ShouldBe(ComplianceItemKind.HepatitisBVaccineSeries);
        ComplianceRules.RenewingResultTypes.ShouldContain(ResultType.VaccineAdministrationRecord);
    }

    [Fact]
    public void A_series_not_started_is_due_now()
    {
        var item = Item();

        item.ShouldBe(new ComplianceItem(ComplianceItemKind.HepatitisBVaccineSeries, null, null));
        item.StatusOn(Today).ShouldBe(ComplianceStatus.Overdue);
    }

    [Fact]
    public void After_the_first_dose_the_second_falls_due_a_month_later()
    {
        var first = new DateOnly(2026, 11, 20);

        var item = Item(Dose(VaccineSeries.HepatitisB, 1, first));

        item.ShouldBe(new ComplianceItem(ComplianceItemKind.HepatitisBVaccineSeries, first, new DateOnly(2026, 12, 20), new SeriesProgress(1, 3)));
        item.StatusOn(new DateOnly(2026, 12, 2)).ShouldBe(ComplianceStatus.DueIn30Days);
        item.StatusOn(new DateOnly(2026, 12, 21)).ShouldBe(ComplianceStatus.Overdue, "a dose not given by its date is overdue");
    }

    [Fact]
    public void A_late_second_dose_moves_the_third()
    {
        var item = Item(
            Dose(VaccineSeries.HepatitisB, 1, new DateOnly(2026, 1, 5)),
            Dose(VaccineSeries.HepatitisB, 2, new DateOnly(2026, 4, 5)));

        item.DueOn.ShouldBe(new DateOnly(2026, 9, 5), "five months after dose 2, not six after dose 1");
        item.LastDoneOn.ShouldBe(new DateOnly(2026, 4, 5));
        item.Series.ShouldBe(new SeriesProgress(2, 3));
    }

    [Fact]
    public void The_last_dose_completes_the_series_and_nothing_falls_due_again()
    {
        var item = Item(
            Dose(VaccineSeries.HepatitisB, 1, new DateOnly(2025, 1, 5)),
            Dose(VaccineSeries.HepatitisB, 2, new DateOnly(2025, 2, 5)),
            Dose(VaccineSeries.HepatitisB, 3, new DateOnly(2025, 7, 5)));

        item.DueOn.ShouldBeNull();
        item.Series.ShouldBe(new SeriesProgress(3, 3));
        item.StatusOn(new DateOnly(2045, 1, 1)).ShouldBe(ComplianceStatus.Complete, "a complete series does not lapse");
    }

    [Fact]
    public void The_highest_dose_on_record_counts_the_earlier_doses_as_given_elsewhere()
    {
        var item = Item(Dose(VaccineSeries.HepatitisB, 3, new DateOnly(2026, 6, 1)));

        item.StatusOn(Today).ShouldBe(ComplianceStatus.Complete);
        item.Series.ShouldBe(new SeriesProgress(3, 3));
    }

    [Fact]
    public void A_dose_arriving_out_of_order_does_not_set_the_series_back()
    {
        var item = Item(
            Dose(VaccineSeries.HepatitisB, 2, new DateOnly(2026, 3, 1)),
            Dose(VaccineSeries.HepatitisB, 1, new DateOnly(2026, 2, 1)));

        item.Series.ShouldBe(new SeriesProgress(2, 3));
        item.DueOn.ShouldBe(new DateOnly(2026, 8, 1));
    }

    [Fact]
    public void A_two_dose_vaccine_completes_the_series_at_its_second_dose()
    {
        var started = Item(Dose(VaccineSeries.HepatitisBCpG, 1, new DateOnly(2026, 11, 2)));
        var done = Item(Dose(VaccineSeries.HepatitisBCpG, 1, new DateOnly(2026, 10, 2)), Dose(VaccineSeries.HepatitisBCpG, 2, new DateOnly(2026, 11, 2)));

        started.ShouldBe(new ComplianceItem(ComplianceItemKind.HepatitisBVaccineSeries, new DateOnly(2026, 11, 2), new DateOnly(2026, 12, 2), new SeriesProgress(1, 2)));
        done.StatusOn(Today).ShouldBe(ComplianceStatus.Complete);
    }

    [Fact]
    public void A_vaccine_record_without_a_dose_leaves_the_series_where_it_was()
    {
        var item = Item(new ComplianceEvidence(ComplianceItemKind.HepatitisBVaccineSeries, new DateOnly(2026, 1, 1), null));

        item.LastDoneOn.ShouldBeNull();
        item.StatusOn(Today).ShouldBe(ComplianceStatus.Overdue);
    }
}
