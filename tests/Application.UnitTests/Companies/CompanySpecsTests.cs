using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Application.Users.Specifications;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Users;

namespace EmployerPortal.Application.UnitTests.Companies;

public sealed class CompanySpecsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private static Company NewCompany(string account) =>
        Company.Provision(AccountNumber.From(account), $"Company {account}", new PostalAddress("1 Main", null, "Austin", "TX", "78701"), "5125550100", Now);

    [Fact]
    public void CompanyByAccountNumberSpec_finds_only_that_company()
    {
        var companies = new[] { NewCompany("1001"), NewCompany("1002") };

        var found = new CompanyByAccountNumberSpec(AccountNumber.From("1002")).Evaluate(companies).ToList();

        found.ShouldHaveSingleItem().AccountNumber.Value.ShouldBe("1002");
    }

    [Fact]
    public void ActiveAdminsOfCompanySpec_counts_only_active_admins()
    {
        var company = CompanyId.New();
        var activeAdmin = PortalUser.Invite(company, "a@x.example", "A", "A", UserRole.Admin, Now);
        activeAdmin.Activate(Now);
        var invitedAdmin = PortalUser.Invite(company, "b@x.example", "B", "B", UserRole.Admin, Now);
        var activeViewer = PortalUser.Invite(company, "c@x.example", "C", "C", UserRole.ViewOnly, Now);
        activeViewer.Activate(Now);
        var found = new ActiveAdminsOfCompanySpec().Evaluate([activeAdmin, invitedAdmin, activeViewer]).ToList();

        found.ShouldHaveSingleItem().ShouldBe(activeAdmin);
    }

    [Fact]
    public void PortalUserByEmailSpec_ignores_case_and_surrounding_spaces()
    {
        var user = PortalUser.Invite(CompanyId.New(), "Someone@X.example", "S", "O", UserRole.Admin, Now);

        new PortalUserByEmailSpec("  SOMEONE@x.EXAMPLE ").Evaluate([user]).ShouldHaveSingleItem();
    }
}
