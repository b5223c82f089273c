using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Results;
using static EmployerPortal.Domain.UnitTests.TestData;

namespace EmployerPortal.Domain.UnitTests.Results;

public sealed class VaccineDoseTests
{
    private static readonly string Hash = new('c', 64);

    private static VisitResult Visit() =>
        VisitResult.Register(CompanyId.New(), "V-7001", Employee(), VisitCategory.NonInjury, "Downtown Clinic", Now, null, Now);

    private static AddDocumentOutcome Add(VisitResult visit, ResultType type, (string, int)? vaccination) =>
        visit.AddDocument("D-1", type, null, null, "docs/c", Hash, 10, Now, vaccination: vaccination);

    [Fact]
    public void A_vaccine_administration_record_carries_its_series_and_dose()
    {
        var visit = Visit();

        Add(visit, ResultType.VaccineAdministrationRecord, (" hepb ", 2));

        var document = visit.Documents.ShouldHaveSingleItem();
        document.VaccineCode.ShouldBe("HEPB", "stored by the series' own code");
        document.VaccineDose.ShouldBe(2);
        document.Vaccination.ShouldBe(new VaccineDoseGiven(VaccineSeries.HepatitisB, 2));
    }

    [Fact]
    public void A_record_without_a_vaccine_gives_no_dose()
    {
        var visit = Visit();

        Add(visit, ResultType.VaccineAdministrationRecord, null);

        visit.Documents.ShouldHaveSingleItem().Vaccination.ShouldBeNull();
    }

    [Theory]
    [InlineData(ResultType.VaccineAdministrationRecord, "HEPB", 0)]
    [InlineData(ResultType.VaccineAdministrationRecord, "HEPB", 4)]
    [InlineData(ResultType.VaccineAdministrationRecord, "HEPB-CPG", 3)]
    [InlineData(ResultType.VaccineAdministrationRecord, "MMR", 1)]
    [InlineData(ResultType.FitTestResults, "HEPB", 1)]
    public void A_dose_outside_its_series_or_on_another_record_is_refused(ResultType type, string vaccine, int dose)
    {
        var visit = Visit();

        Should.Throw<BusinessRuleViolationException>(() => Add(visit, type, (vaccine, dose))).RuleName.ShouldBe(nameof(VaccineDoseIsOneOfItsSeries));
        visit.Documents.ShouldBeEmpty();
    }

    [Fact]
    public void Series_are_found_by_code_without_regard_to_case()
    {
        VaccineSeries.Find("hepb-cpg").ShouldBe(VaccineSeries.HepatitisBCpG);
        VaccineSeries.Find("HEPB").ShouldBe(VaccineSeries.HepatitisB);
        VaccineSeries.Find("flu").ShouldBeNull();
        VaccineSeries.Find(null).ShouldBeNull();
    }

    [Fact]
    public void Each_next_dose_falls_due_its_schedules_gap_after_the_dose_before()
    {
        var hepB = VaccineSeries.HepatitisB;

        hepB.NextDoseDueOn(1, new DateOnly(2026, 1, 31)).ShouldBe(new DateOnly(2026, 2, 28), "dose 2 a month after dose 1");
        hepB.NextDoseDueOn(2, new DateOnly(2026, 3, 10)).ShouldBe(new DateOnly(2026, 8, 10), "dose 3 five months after dose 2 (six after dose 1)");
        hepB.NextDoseDueOn(3, new DateOnly(2026, 8, 10)).ShouldBeNull("three doses complete the series");
        VaccineSeries.HepatitisBCpG.NextDoseDueOn(1, new DateOnly(2026, 3, 10)).ShouldBe(new DateOnly(2026, 4, 10));
        VaccineSeries.HepatitisBCpG.NextDoseDueOn(2, new DateOnly(2026, 4, 10)).ShouldBeNull("Heplisav-B is two doses");
    }
}
