using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Common;

namespace EmployerPortal.Domain.UnitTests.Authorizations;

public sealed class ServicePackageTests
{
    private static readonly CompanyId Company = new(Guid.NewGuid());

    [Fact]
    public void A_package_keeps_its_code_upper_case_its_services_once_each_and_no_blank_instructions()
    {
        var package = ServicePackage.Create(Company, " new-driver ", " New driver ", ["PHYS-DOT", " PHYS-DOT", "DRUG-DOT"], "  ");

        package.Code.ShouldBe("NEW-DRIVER");
        package.Name.ShouldBe("New driver");
        package.ServiceCodes.ShouldBe(["PHYS-DOT", "DRUG-DOT"]);
        package.Instructions.ShouldBeNull();
    }

    [Fact]
    public void A_package_without_services_is_refused_when_made_and_when_changed()
    {
        var made = Should.Throw<BusinessRuleViolationException>(() => ServicePackage.Create(Company, "EMPTY", "Empty", [], null));
        var package = ServicePackage.Create(Company, "ONE", "One", ["PHYS-DOT"], "Bring the MEC card.");
        var changed = Should.Throw<BusinessRuleViolationException>(() => package.Change("One", [], null));

        made.BrokenRule.ShouldBeOfType<PackageMustHoldAService>();
        changed.BrokenRule.ShouldBeOfType<PackageMustHoldAService>();
        package.ServiceCodes.ShouldBe(["PHYS-DOT"], "a refused change leaves the package as it was");
        package.Instructions.ShouldBe("Bring the MEC card.");
    }
}
