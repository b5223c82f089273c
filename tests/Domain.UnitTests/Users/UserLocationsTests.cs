using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Users;
using static EmployerPortal.Domain.UnitTests.TestData;

namespace EmployerPortal.Domain.UnitTests.Users;

/// <summary>
/// An Admin changes which locations another user sees: either role, nobody their own, never the last company-wide Admin,
/// each change an event; and what a location scope covers.
/// </summary>
public sealed class UserLocationsTests
{
    private static readonly CompanyId Company = CompanyId.New();
    private static readonly PortalUserId Admin = PortalUserId.New();

    private static PortalUser User(UserRole role)
    {
        var user = PortalUser.Invite(Company, "terry@acme.example", "Terry", "Terminal", role, Now);
        user.ClearDomainEvents();
        return user;
    }

    [Fact]
    public void A_company_wide_viewer_limited_to_two_locations_sees_them_in_order_and_the_change_is_an_event()
    {
        var viewer = User(UserRole.ViewOnly);

        viewer.ChangeLocations([" phx ", "MAIN", "PHX"], Admin, 2, Now);

        viewer.LocationCodes.ShouldBe(["MAIN", "PHX"]);
        viewer.IsCompanyWide.ShouldBeFalse();
        viewer.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<UserLocationsChanged>().ShouldSatisfyAllConditions(
            e => e.From.ShouldBeEmpty(),
            e => e.To.ShouldBe(["MAIN", "PHX"]),
            e => e.ChangedBy.ShouldBe(Admin));
    }

    [Fact]
    public void No_locations_make_a_limited_viewer_company_wide_and_the_same_set_again_changes_nothing()
    {
        var viewer = User(UserRole.ViewOnly);
        viewer.LimitToLocations(["MAIN"]);

        viewer.ChangeLocations(["main"], Admin, 2, Now);
        viewer.DomainEvents.ShouldBeEmpty();

        viewer.ChangeLocations([], Admin, 2, Now);
        viewer.IsCompanyWide.ShouldBeTrue();
        viewer.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<UserLocationsChanged>().From.ShouldBe(["MAIN"]);
    }

    [Fact]
    public void An_Admin_can_be_limited_while_another_company_wide_Admin_remains_but_the_last_one_cannot()
    {
        var admin = User(UserRole.Admin);
        admin.Activate(Now);
        admin.ClearDomainEvents();

        Should.Throw<BusinessRuleViolationException>(() => admin.ChangeLocations(["MAIN"], Admin, companyWideAdmins: 1, Now)).RuleName
            .ShouldBe(nameof(CompanyKeepsACompanyWideAdmin));
        admin.IsCompanyWide.ShouldBeTrue();
        admin.DomainEvents.ShouldBeEmpty();

        admin.ChangeLocations(["PHX"], Admin, companyWideAdmins: 2, Now);
        admin.LocationCodes.ShouldBe(["PHX"]);
        admin.IsActiveCompanyWideAdmin.ShouldBeFalse();
        admin.Sees("PHX").ShouldBeTrue();
        admin.Sees("MAIN").ShouldBeFalse();
    }

    [Fact]
    public void A_limited_Admin_is_not_counted_among_the_company_wide_ones_so_the_last_company_wide_Admin_is_neither_demoted_nor_disabled()
    {
        var admin = User(UserRole.Admin);
        admin.Activate(Now);

        Should.Throw<BusinessRuleViolationException>(() => admin.ChangeRole(UserRole.ViewOnly, Admin, companyWideAdmins: 1, Now)).RuleName
            .ShouldBe(nameof(CompanyKeepsACompanyWideAdmin));
        Should.Throw<BusinessRuleViolationException>(() => admin.Disable(Admin, companyWideAdmins: 1, Now)).RuleName
            .ShouldBe(nameof(CompanyKeepsACompanyWideAdmin));

        var limited = User(UserRole.Admin);
        limited.LimitToLocations(["PHX"]);
        limited.Activate(Now);
        limited.Disable(Admin, companyWideAdmins: 1, Now);
        limited.Status.ShouldBe(UserStatus.Disabled);
    }

    [Fact]
    public void Limiting_the_company_wide_Admin_through_the_roster_bumps_the_roster_token_and_limiting_a_viewer_does_not()
    {
        var company = Domain.Companies.Company.Provision(Domain.Companies.AccountNumber.From("100200"), "Acme", new Domain.Companies.PostalAddress("1 Dock Road", null, "Springfield", "IL", "62701"), "555-0100", Now);
        var admin = PortalUser.Invite(company.Id, "boss@acme.example", "Bo", "Ss", UserRole.Admin, Now);
        admin.Activate(Now);
        var viewer = PortalUser.Invite(company.Id, "view@acme.example", "Vi", "Ew", UserRole.ViewOnly, Now);
        var roster = new AdminRoster(company, companyWideAdmins: 2);
        var token = company.AdminRosterVersion;

        roster.ChangeLocations(viewer, ["MAIN"], Admin, Now);
        company.AdminRosterVersion.ShouldBe(token);

        roster.ChangeLocations(admin, ["MAIN"], Admin, Now);
        company.AdminRosterVersion.ShouldNotBe(token);
    }

    [Fact]
    public void Nobody_changes_their_own_locations()
    {
        var viewer = User(UserRole.ViewOnly);
        Should.Throw<BusinessRuleViolationException>(() => viewer.ChangeLocations(["MAIN"], viewer.Id, 2, Now)).RuleName
            .ShouldBe(nameof(NobodyChangesTheirOwnAccess));
        viewer.IsCompanyWide.ShouldBeTrue();
    }

    [Theory]
    [InlineData("", "", true)]
    [InlineData("", "MAIN", true)]
    [InlineData("MAIN,PHX", "PHX", true)]
    [InlineData("MAIN,PHX", "main,PHX", true)]
    [InlineData("MAIN", "MAIN,PHX", false)]
    [InlineData("MAIN", "PHX", false)]
    [InlineData("MAIN", "", false)]
    public void A_scope_covers_the_whole_company_only_when_it_is_company_wide_and_a_limited_scope_only_its_own_locations(string scope, string codes, bool covers) =>
        LocationScope.Covers(Split(scope), Split(codes)).ShouldBe(covers);

    private static string[] Split(string codes) => codes.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
