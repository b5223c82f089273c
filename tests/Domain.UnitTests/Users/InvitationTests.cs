using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Users;
using static EmployerPortal.Domain.UnitTests.TestData;

namespace EmployerPortal.Domain.UnitTests.Users;

public sealed class InvitationTests
{
    private static readonly CompanyId Company = CompanyId.New();
    private static readonly PortalUserId Admin = PortalUserId.New();

    private static PortalUser Invited()
    {
        var user = PortalUser.Invite(Company, "new@acme.example", "Nia", "New", UserRole.ViewOnly, Now);
        user.ClearDomainEvents();
        return user;
    }

    [Fact]
    public void Resending_a_pending_invitation_raises_UserInvited_again()
    {
        var user = Invited();
        var later = Now.AddDays(2);

        user.Reinvite(later);

        user.InvitedAt.ShouldBe(later);
        user.DomainEvents.ShouldBe([new UserInvited(user.Id, Company, later)]);
    }

    [Fact]
    public void Revoking_a_pending_invitation_raises_UserInvitationRevoked()
    {
        var user = Invited();

        user.RevokeInvitation(Admin, Now);

        user.DomainEvents.ShouldBe([new UserInvitationRevoked(user.Id, Company, Admin, Now)]);
    }

    [Fact]
    public void An_accepted_invitation_can_be_neither_resent_nor_revoked()
    {
        var user = Invited();
        user.Activate(Now);

        Should.Throw<BusinessRuleViolationException>(() => user.Reinvite(Now)).RuleName.ShouldBe(nameof(InvitationMustBePending));
        Should.Throw<BusinessRuleViolationException>(() => user.RevokeInvitation(Admin, Now)).RuleName.ShouldBe(nameof(InvitationMustBePending));
    }

    [Fact]
    public void A_disabled_invitees_invitation_cannot_be_resent()
    {
        var user = Invited();
        user.Disable(Admin, companyWideAdmins: 1, Now);

        var ex = Should.Throw<BusinessRuleViolationException>(() => user.Reinvite(Now));

        ex.RuleName.ShouldBe(nameof(InvitationMustBePending));
        ex.Message.ShouldContain("enable them");
    }
}
