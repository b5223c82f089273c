using EmployerPortal.Domain.Common;
using EmployerPortal.Infrastructure.Results;

namespace EmployerPortal.Infrastructure.IntegrationTests.Results;

/// <summary>One person, one key: the employee id counts only together with the date of birth.</summary>
public sealed class EmployeeKeyTests
{
    private static readonly DateOnly Born = new(1985, 6, 7);

    [Fact]
    public void The_key_of_an_employee_with_an_id_is_the_id_and_the_date_of_birth()
    {
        ResultSearchColumns.EmployeeKeyOf(new Employee("Ann", "Lee", Born, " e123 ")).ShouldBe("e:E123|1985-06-07");
    }

    [Fact]
    public void The_same_id_with_another_date_of_birth_is_another_person()
    {
        var first = ResultSearchColumns.EmployeeKeyOf(new Employee("Ann", "Lee", Born, "E123"));
        var other = ResultSearchColumns.EmployeeKeyOf(new Employee("Bob", "Ray", Born.AddYears(10), "E123"));

        other.ShouldNotBe(first);
        other.ShouldStartWith(ResultSearchColumns.EmployeeIdKeyPrefixOf(new Employee("Ann", "Lee", Born, "E123"))!);
    }

    [Fact]
    public void The_same_id_and_date_of_birth_is_the_same_person_whatever_the_name_says()
    {
        ResultSearchColumns.EmployeeKeyOf(new Employee("Ann", "Lee", Born, "E123"))
            .ShouldBe(ResultSearchColumns.EmployeeKeyOf(new Employee("Anne", "Lee-Smith", Born, "e123")));
    }

    [Fact]
    public void Without_an_id_the_key_is_the_name_and_the_date_of_birth()
    {
        ResultSearchColumns.EmployeeKeyOf(new Employee("Ann", "Lee", Born, null)).ShouldBe("n:lee ann|1985-06-07");
        ResultSearchColumns.EmployeeIdKeyPrefixOf(new Employee("Ann", "Lee", Born, " ")).ShouldBeNull();
    }
}
