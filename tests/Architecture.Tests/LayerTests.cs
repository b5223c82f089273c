using System.Reflection;
using EmployerPortal.Application.Companies.Queries.GetCompanyAccount;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Infrastructure.Persistence;
using NetArchTest.Rules;

namespace EmployerPortal.Architecture.Tests;

public sealed class LayerTests
{
    private static readonly Assembly Domain = typeof(Company).Assembly;
    private static readonly Assembly Application = typeof(GetCompanyAccountQuery).Assembly;
    private static readonly Assembly Infrastructure = typeof(PortalDbContext).Assembly;
    private static readonly Assembly Web = typeof(Program).Assembly;

    private static void ShouldPass(TestResult result, string rule) =>
        (result.FailingTypeNames ?? []).ShouldBeEmpty(rule);

    [Fact]
    public void Domain_depends_on_no_other_layer_nor_on_frameworks() =>
        ShouldPass(Types.InAssembly(Domain).ShouldNot().HaveDependencyOnAny(
            "EmployerPortal.Application", "EmployerPortal.Infrastructure", "EmployerPortal.Web",
            "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Mediator", "FluentValidation").GetResult(),
            "the domain depends on nothing");

    [Fact]
    public void Application_does_not_depend_on_infrastructure_web_or_ef_core() =>
        ShouldPass(Types.InAssembly(Application).ShouldNot().HaveDependencyOnAny(
            "EmployerPortal.Infrastructure", "EmployerPortal.Web", "Microsoft.EntityFrameworkCore").GetResult(),
            "the application layer talks to infrastructure through its ports only");

    [Fact]
    public void Application_references_no_asp_net_core() =>
        Application.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal))
            .ShouldBeEmpty("use cases know no web framework; the host adapts HTTP to messages");

    [Fact]
    public void The_product_assemblies_carry_no_demo_data_nor_data_generator()
    {
        var product = new[] { Domain, Application, Infrastructure, Web };
        var tooling = product.SelectMany(a => a.GetTypes())
            .Where(t => t.FullName is { } name
                && (name.Contains("DemoData", StringComparison.Ordinal) || name.Contains("Demo", StringComparison.Ordinal) && name.Contains("Authorization", StringComparison.Ordinal)
                    || name.Contains("DataGenerat", StringComparison.Ordinal) || name.Contains("GeneratedData", StringComparison.Ordinal)))
            .Select(t => t.FullName)
            .ToList();

        tooling.ShouldBeEmpty("demo data and the data generator live under tools/, not in what is deployed");
        product.SelectMany(a => a.GetReferencedAssemblies()).Select(a => a.Name)
            .ShouldNotContain("EmployerPortal.DemoData", "the portal loads the demo data as a hosting startup in Development, never by reference");
    }

    [Fact]
    public void Infrastructure_does_not_depend_on_web() =>
        ShouldPass(Types.InAssembly(Infrastructure).ShouldNot().HaveDependencyOn("EmployerPortal.Web").GetResult(),
            "infrastructure does not know the host");

    [Fact]
    public void Pages_and_endpoints_do_not_use_the_db_context() =>
        ShouldPass(Types.InAssembly(Web)
            .That().ResideInNamespace("EmployerPortal.Web.Pages").Or().ResideInNamespace("EmployerPortal.Web.Api")
            .ShouldNot().HaveDependencyOnAny("EmployerPortal.Infrastructure.Persistence", "Microsoft.EntityFrameworkCore")
            .GetResult(),
            "pages and endpoints send messages; they never query the DbContext");

    [Fact]
    public void Handlers_are_sealed() =>
        ShouldPass(Types.InAssembly(Application).That().HaveNameEndingWith("Handler").Should().BeSealed().GetResult(),
            "handlers are public sealed classes");

    [Fact]
    public void The_rules_see_the_types_they_check()
    {
        Types.InAssembly(Web).That().ResideInNamespace("EmployerPortal.Web.Pages").GetTypes().ShouldNotBeEmpty();
        Types.InAssembly(Domain).GetTypes().Count().ShouldBeGreaterThan(10);
    }
}
