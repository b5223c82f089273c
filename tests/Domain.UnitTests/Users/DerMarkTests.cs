using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Users;
using static EmployerPortal.Domain.UnitTests.TestData;

namespace EmployerPortal.Domain.UnitTests.Users;

public sealed class DerMarkTests
{
    private static readonly CompanyId Company = CompanyId.New();

    [Fact]
    public void The_first_Admin_of_a_company_is_its_DER_and_an_invited_user_is_not()
    {
        PortalUser.InviteFirstAdmin(Company, "first@acme.example", "Pat", "Admin", Now).IsDer.ShouldBeTrue();
        PortalUser.Invite(Company, "later@acme.example", "Sam", "Admin", UserRole.Admin, Now).IsDer.ShouldBeFalse();
    }

    [Fact]
    public void Setting_the_mark_raises_one_event_and_setting_it_again_changes_nothing()
    {
        var user = PortalUser.Invite(Company, "sam@acme.example", "Sam", "Ortiz", UserRole.ViewOnly, Now);
        user.ClearDomainEvents();
        var admin = PortalUserId.New();

        user.SetDerMark(true, admin, Now);
        user.SetDerMark(true, admin, Now);

        user.IsDer.ShouldBeTrue();
        var changed = user.DomainEvents.OfType<UserDerMarkChanged>().ShouldHaveSingleItem();
        changed.IsDer.ShouldBeTrue();
        changed.ChangedBy.ShouldBe(admin);
    }

    [Fact]
    public void Nobody_changes_their_own_mark()
    {
        var admin = PortalUser.InviteFirstAdmin(Company, "first@acme.example", "Pat", "Admin", Now);

        var broken = Should.Throw<BusinessRuleViolationException>(() => admin.SetDerMark(false, admin.Id, Now));

        broken.BrokenRule.ShouldBeOfType<NobodyChangesTheirOwnAccess>();
        admin.IsDer.ShouldBeTrue();
    }
}
