using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Employees;
using static EmployerPortal.Domain.UnitTests.TestData;

namespace EmployerPortal.Domain.UnitTests.Employees;

public sealed class RosterEmployeeTests
{
    private static readonly CompanyId Company = CompanyId.New();

    internal static RosterEmployeeDetails Details(
        string number = "E-1042",
        IReadOnlyList<string>? locations = null,
        EmploymentStatus status = EmploymentStatus.Active,
        DateOnly? dateOfBirth = null,
        DateOnly? hireDate = null,
        params ComplianceProgram[] programs) =>
        new(number, "Dana", "Whitfield", dateOfBirth ?? new DateOnly(1988, 6, 21), "dana@example.com", "555-0142", "Driver",
            locations ?? ["main"], hireDate ?? new DateOnly(2020, 1, 6), status, programs);

    [Fact]
    public void Adding_an_employee_keeps_the_details_with_location_codes_upper_case_and_programs_once()
    {
        var employee = RosterEmployee.Add(Company, Details(" E-1042 ", ["phx", "main", "PHX"], programs: [ComplianceProgram.RespiratorUser, ComplianceProgram.DotDriver, ComplianceProgram.DotDriver]), Today);

        employee.EmployeeNumber.ShouldBe("E-1042");
        employee.LocationCodes.ShouldBe(["MAIN", "PHX"]);
        employee.Programs.ShouldBe([ComplianceProgram.DotDriver, ComplianceProgram.RespiratorUser]);
        employee.ShortName.ShouldBe("D. Whitfield");
    }

    [Fact]
    public void An_employee_without_a_location_is_refused()
    {
        var refused = Should.Throw<BusinessRuleViolationException>(() => RosterEmployee.Add(Company, Details(locations: [" "]), Today));

        refused.RuleName.ShouldBe(nameof(EmployeeWorksAtALocation));
    }

    [Fact]
    public void A_date_of_birth_today_or_later_is_refused()
    {
        var refused = Should.Throw<BusinessRuleViolationException>(() => RosterEmployee.Add(Company, Details(dateOfBirth: Today), Today));

        refused.RuleName.ShouldBe(nameof(DateOfBirthMustBeInThePast));
    }

    [Fact]
    public void A_hire_date_before_birth_is_refused()
    {
        var refused = Should.Throw<BusinessRuleViolationException>(() => RosterEmployee.Add(Company, Details(hireDate: new DateOnly(1980, 1, 1)), Today));

        refused.RuleName.ShouldBe(nameof(HireDateCannotBeBeforeBirth));
    }

    [Fact]
    public void Updating_says_whether_anything_changed_and_keeps_the_employee_id()
    {
        var employee = RosterEmployee.Add(Company, Details(), Today);

        employee.Update(Details("e-1042"), Today).ShouldBeFalse();
        employee.Update(Details(status: EmploymentStatus.Terminated), Today).ShouldBeTrue();
        employee.Status.ShouldBe(EmploymentStatus.Terminated);
        Should.Throw<BusinessRuleViolationException>(() => employee.Update(Details("E-9"), Today)).RuleName.ShouldBe(nameof(EmployeeIdCannotChange));
    }

    [Fact]
    public void A_visit_is_the_employees_when_employee_id_and_date_of_birth_agree()
    {
        var employee = RosterEmployee.Add(Company, Details(), Today);

        employee.IsSamePersonAs(new Employee("Dana", "W", new DateOnly(1988, 6, 21), "e-1042 ")).ShouldBeTrue();
        employee.IsSamePersonAs(new Employee("Dana", "Whitfield", new DateOnly(1988, 6, 22), "E-1042")).ShouldBeFalse();
        employee.IsSamePersonAs(new Employee("Dana", "Whitfield", new DateOnly(1988, 6, 21))).ShouldBeFalse();
    }

    [Fact]
    public void A_terminated_employee_has_nothing_to_keep_current()
    {
        var employee = RosterEmployee.Add(Company, Details(status: EmploymentStatus.Terminated, programs: [ComplianceProgram.DotDriver]), Today);

        employee.TrackedItems.ShouldBeEmpty();
    }
}
