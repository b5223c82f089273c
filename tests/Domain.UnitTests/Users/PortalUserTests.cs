using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Users;
using static EmployerPortal.Domain.UnitTests.TestData;

namespace EmployerPortal.Domain.UnitTests.Users;

public sealed class PortalUserTests
{
    private static readonly CompanyId Company = CompanyId.New();
    private static readonly PortalUserId OtherAdmin = PortalUserId.New();

    private static PortalUser ActiveUser(UserRole role)
    {
        var user = PortalUser.Invite(Company, "user@acme.example", "Sam", "Ortiz", role, Now);
        user.Activate(Now);
        user.ClearDomainEvents();
        return user;
    }

    [Fact]
    public void Inviting_a_user_stores_the_email_lower_case_and_raises_UserInvited()
    {
        var user = PortalUser.Invite(Company, "  Sam.Ortiz@Acme.Example ", " Sam ", "Ortiz", UserRole.ViewOnly, Now);

        user.Email.ShouldBe("sam.ortiz@acme.example");
        user.FullName.ShouldBe("Sam Ortiz");
        user.Status.ShouldBe(UserStatus.Invited);
        user.DomainEvents.ShouldBe([new UserInvited(user.Id, Company, Now)]);
    }

    [Fact]
    public void Activating_an_invited_user_makes_the_account_usable()
    {
        var user = PortalUser.Invite(Company, "user@acme.example", "Sam", "Ortiz", UserRole.Admin, Now);
        user.ClearDomainEvents();

        user.Activate(Now.AddHours(2));

        user.Status.ShouldBe(UserStatus.Active);
        user.IsActiveAdmin.ShouldBeTrue();
        user.ActivatedAt.ShouldBe(Now.AddHours(2));
        user.DomainEvents.ShouldBe([new UserActivated(user.Id, Company, Now.AddHours(2))]);
    }

    [Fact]
    public void Activating_an_already_active_user_is_refused()
    {
        var user = ActiveUser(UserRole.ViewOnly);

        var ex = Should.Throw<BusinessRuleViolationException>(() => user.Activate(Now));

        ex.RuleName.ShouldBe(nameof(OnlyAnInvitedUserCanBeActivated));
    }

    [Fact]
    public void Activating_a_disabled_user_is_refused()
    {
        var user = PortalUser.Invite(Company, "user@acme.example", "Sam", "Ortiz", UserRole.ViewOnly, Now);
        user.Disable(OtherAdmin, companyWideAdmins: 1, Now);

        var ex = Should.Throw<BusinessRuleViolationException>(() => user.Activate(Now));

        ex.RuleName.ShouldBe(nameof(OnlyAnInvitedUserCanBeActivated));
        user.Status.ShouldBe(UserStatus.Disabled);
    }

    [Fact]
    public void Nobody_changes_their_own_role()
    {
        var user = ActiveUser(UserRole.Admin);

        var ex = Should.Throw<BusinessRuleViolationException>(() => user.ChangeRole(UserRole.ViewOnly, user.Id, companyWideAdmins: 3, Now));

        ex.RuleName.ShouldBe(nameof(NobodyChangesTheirOwnAccess));
        user.Role.ShouldBe(UserRole.Admin);
    }

    [Fact]
    public void Nobody_disables_themselves()
    {
        var user = ActiveUser(UserRole.Admin);

        var ex = Should.Throw<BusinessRuleViolationException>(() => user.Disable(user.Id, companyWideAdmins: 3, Now));

        ex.RuleName.ShouldBe(nameof(NobodyChangesTheirOwnAccess));
        user.Status.ShouldBe(UserStatus.Active);
    }

    [Fact]
    public void Nobody_enables_themselves()
    {
        var user = ActiveUser(UserRole.ViewOnly);
        user.Disable(OtherAdmin, companyWideAdmins: 1, Now);

        var ex = Should.Throw<BusinessRuleViolationException>(() => user.Enable(user.Id, Now));

        ex.RuleName.ShouldBe(nameof(NobodyChangesTheirOwnAccess));
        user.Status.ShouldBe(UserStatus.Disabled);
    }

    [Fact]
    public void Demoting_the_last_active_admin_is_refused()
    {
        var user = ActiveUser(UserRole.Admin);

        var ex = Should.Throw<BusinessRuleViolationException>(() => user.ChangeRole(UserRole.ViewOnly, OtherAdmin, companyWideAdmins: 1, Now));

        ex.RuleName.ShouldBe(nameof(CompanyKeepsACompanyWideAdmin));
        user.Role.ShouldBe(UserRole.Admin);
        user.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public void Disabling_the_last_active_admin_is_refused()
    {
        var user = ActiveUser(UserRole.Admin);

        var ex = Should.Throw<BusinessRuleViolationException>(() => user.Disable(OtherAdmin, companyWideAdmins: 1, Now));

        ex.RuleName.ShouldBe(nameof(CompanyKeepsACompanyWideAdmin));
        user.Status.ShouldBe(UserStatus.Active);
    }

    [Fact]
    public void Demoting_an_admin_while_another_active_admin_remains_raises_UserRoleChanged()
    {
        var user = ActiveUser(UserRole.Admin);

        user.ChangeRole(UserRole.ViewOnly, OtherAdmin, companyWideAdmins: 2, Now);

        user.Role.ShouldBe(UserRole.ViewOnly);
        user.DomainEvents.ShouldBe([new UserRoleChanged(user.Id, Company, UserRole.Admin, UserRole.ViewOnly, OtherAdmin, Now)]);
    }

    [Fact]
    public void Promoting_a_user_needs_no_other_admin_count()
    {
        var user = ActiveUser(UserRole.ViewOnly);

        user.ChangeRole(UserRole.Admin, OtherAdmin, companyWideAdmins: 1, Now);

        user.IsActiveAdmin.ShouldBeTrue();
        user.DomainEvents.ShouldBe([new UserRoleChanged(user.Id, Company, UserRole.ViewOnly, UserRole.Admin, OtherAdmin, Now)]);
    }

    [Fact]
    public void Changing_a_role_to_the_role_it_has_raises_nothing()
    {
        var user = ActiveUser(UserRole.Admin);

        user.ChangeRole(UserRole.Admin, OtherAdmin, companyWideAdmins: 1, Now);

        user.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public void Disabling_an_admin_while_another_active_admin_remains_raises_UserDisabled()
    {
        var user = ActiveUser(UserRole.Admin);

        user.Disable(OtherAdmin, companyWideAdmins: 2, Now);

        user.Status.ShouldBe(UserStatus.Disabled);
        user.DomainEvents.ShouldBe([new UserDisabled(user.Id, Company, OtherAdmin, Now)]);
    }

    [Fact]
    public void Nobody_resets_their_own_two_factor()
    {
        var user = ActiveUser(UserRole.Admin);

        var ex = Should.Throw<BusinessRuleViolationException>(() => user.CheckMayResetTwoFactor(user.Id));

        ex.RuleName.ShouldBe(nameof(NobodyResetsTheirOwnTwoFactor));
        Should.NotThrow(() => user.CheckMayResetTwoFactor(OtherAdmin));
    }

    [Fact]
    public void An_invited_admin_can_be_disabled_even_when_no_admin_is_active()
    {
        var user = PortalUser.Invite(Company, "user@acme.example", "Sam", "Ortiz", UserRole.Admin, Now);

        user.Disable(OtherAdmin, companyWideAdmins: 0, Now);

        user.Status.ShouldBe(UserStatus.Disabled);
    }

    [Theory]
    [InlineData(true, UserStatus.Active)]
    [InlineData(false, UserStatus.Invited)]
    public void Enabling_a_disabled_user_restores_the_status_it_had(bool wasActivated, UserStatus expected)
    {
        var user = PortalUser.Invite(Company, "user@acme.example", "Sam", "Ortiz", UserRole.ViewOnly, Now);
        if (wasActivated)
        {
            user.Activate(Now);
        }

        user.Disable(OtherAdmin, companyWideAdmins: 1, Now);
        user.ClearDomainEvents();

        user.Enable(OtherAdmin, Now.AddDays(1));

        user.Status.ShouldBe(expected);
        user.DomainEvents.ShouldBe([new UserEnabled(user.Id, Company, OtherAdmin, Now.AddDays(1))]);
    }

    [Theory]
    [InlineData(UserRole.Admin, NoticeFrequency.Immediately)]
    [InlineData(UserRole.ViewOnly, NoticeFrequency.DailyDigest)]
    public void A_new_user_hears_of_new_results_by_the_default_of_their_role(UserRole role, NoticeFrequency expected) =>
        PortalUser.Invite(Company, "user@acme.example", "Sam", "Ortiz", role, Now).NoticeFrequency.ShouldBe(expected);

    [Fact]
    public void A_user_can_turn_notices_off()
    {
        var user = ActiveUser(UserRole.Admin);

        user.ChangeNoticeFrequency(NoticeFrequency.Off);

        user.NoticeFrequency.ShouldBe(NoticeFrequency.Off);
        Should.Throw<ArgumentOutOfRangeException>(() => user.ChangeNoticeFrequency((NoticeFrequency)42));
    }
}
