using EmployerPortal.Application.Companies.Queries.GetCompanyAccount;
using NetArchTest.Rules;

namespace EmployerPortal.Architecture.Tests;

/// <summary>
/// The modules of docs/architecture.md: feature folders over one domain model and one database. A module never
/// reaches into another module's use cases (its commands, queries and event handlers); it reads another module's
/// aggregates only through the specifications that module publishes, and writes the shared audit trail.
/// </summary>
public sealed class ModuleTests
{
    private static readonly string[] Modules =
        ["AccountRequests", "Audit", "Authorizations", "Companies", "Dashboard", "Employees", "Housekeeping", "InjuryCases", "Letters", "Notices", "Reports", "Results", "Users"];

    public static TheoryData<string> EachModule() => [.. Modules];

    [Theory]
    [MemberData(nameof(EachModule))]
    public void A_module_uses_no_other_modules_use_cases(string module)
    {
        var forbidden = Modules.Where(m => m != module)
            .SelectMany(m => new[] { "Commands", "Queries", "EventHandlers" }.Select(part => $"EmployerPortal.Application.{m}.{part}"))
            .ToArray();

        var result = Types.InAssembly(typeof(GetCompanyAccountQuery).Assembly)
            .That().ResideInNamespaceStartingWith($"EmployerPortal.Application.{module}.")
            .ShouldNot().HaveDependencyOnAny(forbidden)
            .GetResult();

        (result.FailingTypeNames ?? []).ShouldBeEmpty($"{module} reaches into another module's commands, queries or event handlers");
    }

    [Fact]
    public void Every_module_named_here_exists() =>
        Modules.ShouldAllBe(m => Types.InAssembly(typeof(GetCompanyAccountQuery).Assembly)
            .That().ResideInNamespaceStartingWith($"EmployerPortal.Application.{m}.").GetTypes().Any());
}
