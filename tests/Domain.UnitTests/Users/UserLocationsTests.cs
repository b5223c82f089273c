using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Users;
using static EmployerPortal.Domain.UnitTests.TestData;

namespace EmployerPortal.Domain.UnitTests.Users;

/// <summary>An Admin changes which locations another user sees: View Only users only, nobody their own, each change an event.</summary>
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

        viewer.ChangeLocations([" phx ", "MAIN", "PHX"], Admin, Now);

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

        viewer.ChangeLocations(["main"], Admin, Now);
        viewer.DomainEvents.ShouldBeEmpty();

        viewer.ChangeLocations([], Admin, Now);
        viewer.IsCompanyWide.ShouldBeTrue();
        viewer.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<UserLocationsChanged>().From.ShouldBe(["MAIN"]);
    }

    [Fact]
    public void An_Admin_cannot_be_limited_and_nobody_changes_their_own_locations()
    {
        var admin = User(UserRole.Admin);
        Should.Throw<BusinessRuleViolationException>(() => admin.ChangeLocations(["MAIN"], Admin, Now)).RuleName
            .ShouldBe(nameof(OnlyViewOnlyUsersAreLimitedToLocations));

        var viewer = User(UserRole.ViewOnly);
        Should.Throw<BusinessRuleViolationException>(() => viewer.ChangeLocations(["MAIN"], viewer.Id, Now)).RuleName
            .ShouldBe(nameof(NobodyChangesTheirOwnAccess));
        viewer.IsCompanyWide.ShouldBeTrue();
        admin.DomainEvents.ShouldBeEmpty();
    }
}
