using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using static EmployerPortal.Domain.UnitTests.TestData;

namespace EmployerPortal.Domain.UnitTests.Companies;

public sealed class CompanyLocationTests
{
    private static readonly PostalAddress Dallas = new("1200 Commerce St", null, "Dallas", "TX", "75202");
    private static readonly PostalAddress Phoenix = new("4400 E Broadway Rd", null, "Phoenix", "AZ", "85040");

    private static Company Acme() => Company.Provision(AccountNumber.From("100200"), "Acme Logistics", Dallas, "2145550142", Now);

    [Fact]
    public void A_provisioned_company_has_its_main_location_from_its_own_details()
    {
        var main = Acme().Locations.ShouldHaveSingleItem();

        main.IsMain.ShouldBeTrue();
        (main.Name, main.Address, main.Phone, main.TimeZone.Id).ShouldBe(("Acme Logistics", Dallas, "2145550142", "America/Chicago"));
    }

    [Fact]
    public void A_location_code_is_unique_in_the_company_whatever_its_case()
    {
        var acme = Acme();
        acme.AddLocation("phx", "Phoenix Terminal", Phoenix, "6025550142", CompanyTimeZone.From("America/Phoenix"), null);

        var broken = Should.Throw<BusinessRuleViolationException>(() =>
            acme.AddLocation(" PHX ", "Second Phoenix", Phoenix, "6025550143", CompanyTimeZone.From("America/Phoenix"), null));

        broken.BrokenRule.ShouldBeOfType<LocationCodeIsUniqueInTheCompany>();
        acme.Locations.Select(l => l.Code).ShouldBe(["MAIN", "PHX"]);
        acme.FindLocation("Phx")!.TimeZone.Id.ShouldBe("America/Phoenix");
    }

    [Fact]
    public void Changing_a_location_keeps_its_code_and_bumps_the_company_version()
    {
        var acme = Acme();
        var version = acme.Version;

        var changed = acme.UpdateLocation("MAIN", "Dallas Terminal", Dallas, "2145550100", CompanyTimeZone.From("America/Chicago"), "  Gate 3  ");

        changed!.Code.ShouldBe("MAIN");
        changed.Name.ShouldBe("Dallas Terminal");
        changed.SpecialInstructions.ShouldBe("Gate 3");
        acme.Version.ShouldBe(version + 1);
        acme.UpdateLocation("NOPE", "x", Dallas, "2145550100", CompanyTimeZone.From("America/Chicago"), null).ShouldBeNull();
    }
}

public sealed class VisitLocationTests
{
    [Fact]
    public void A_visit_is_at_MAIN_unless_ops_names_a_location_whose_code_it_keeps_upper_case()
    {
        static Domain.Results.VisitResult Register(string? location) => Domain.Results.VisitResult.Register(
            CompanyId.New(), "V-1", Employee(), Domain.Results.VisitCategory.NonInjury, "Clinic", Now, null, Now, location);

        Register(null).LocationCode.ShouldBe(CompanyLocation.MainCode);
        Register(" phx ").LocationCode.ShouldBe("PHX");
    }

    [Theory]
    [InlineData("PHX", true)]
    [InlineData("DAL-2", true)]
    [InlineData("", false)]
    [InlineData("TOO-LONG-CODE", false)]
    [InlineData("A B", false)]
    public void A_location_code_is_1_to_10_letters_digits_or_hyphens(string code, bool valid) =>
        CompanyLocation.IsValidCode(code).ShouldBe(valid);
}
