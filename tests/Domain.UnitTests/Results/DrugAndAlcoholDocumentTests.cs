using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Results;
using static EmployerPortal.Domain.UnitTests.TestData;

namespace EmployerPortal.Domain.UnitTests.Results;

public sealed class DrugAndAlcoholDocumentTests
{
    private static readonly string Hash = new('a', 64);

    private static VisitResult Visit() =>
        VisitResult.Register(CompanyId.New(), "V-5001", Employee(), VisitCategory.NonInjury, "Downtown Clinic", Now, null, Now);

    [Theory]
    [InlineData(ResultType.CustodyAndControlForm, true)]
    [InlineData(ResultType.AlcoholTestingForm, true)]
    [InlineData(ResultType.FitTestResults, false)]
    [InlineData(ResultType.MecDotCard, false)]
    public void Custody_and_control_and_alcohol_testing_forms_are_drug_and_alcohol_by_type(ResultType type, bool expected)
    {
        var visit = Visit();

        visit.AddDocument("D-1", type, null, null, "docs/a", Hash, 10, Now);

        visit.Documents.Single().IsDrugAndAlcohol.ShouldBe(expected);
        visit.DomainEvents.OfType<ResultAdded>().Single().IsDrugAndAlcohol.ShouldBe(expected);
    }

    [Fact]
    public void Ops_marks_a_non_standard_document_as_drug_and_alcohol()
    {
        var visit = Visit();

        visit.AddDocument("D-1", ResultType.ProprietaryForm, "Company drug policy test", null, "docs/a", Hash, 10, Now, markedDrugAndAlcohol: true);

        visit.Documents.Single().IsDrugAndAlcohol.ShouldBeTrue();
    }

    [Fact]
    public void A_standard_type_is_not_marked_by_hand()
    {
        var broken = Should.Throw<BusinessRuleViolationException>(() =>
            Visit().AddDocument("D-1", ResultType.FitTestResults, null, null, "docs/a", Hash, 10, Now, markedDrugAndAlcohol: true));

        broken.BrokenRule.ShouldBeOfType<OnlyANonStandardTypeIsMarkedDrugAndAlcohol>();
    }
}
