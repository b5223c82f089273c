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
