using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using static EmployerPortal.Domain.UnitTests.TestData;

namespace EmployerPortal.Domain.UnitTests.Companies;

public sealed class CompanyTwoFactorTests
{
    private static Company NewCompany() =>
        Company.Provision(AccountNumber.From("100200"), "Acme Logistics", new PostalAddress("1 Dock Road", null, "Springfield", "IL", "62701"), "555-0100", Now);

    [Theory]
    [InlineData(true, false, true)]
    [InlineData(true, true, false)]
    [InlineData(false, false, false)]
    [InlineData(false, true, false)]
    public void The_rule_on_the_two_flags_the_session_read_brings_is_the_company_rule(bool companyRequires, bool userHasTwoFactor, bool mustSetUp)
    {
        var company = NewCompany();
        company.ChangeTwoFactorRequirement(required: companyRequires);

        Company.MustSetUpTwoFactor(companyRequires, userHasTwoFactor).ShouldBe(mustSetUp);
        company.MustSetUpTwoFactor(userHasTwoFactor).ShouldBe(mustSetUp);
    }

    [Fact]
    public void A_new_company_does_not_require_two_factor_sign_in()
    {
        var company = NewCompany();

        company.RequiresTwoFactor.ShouldBeFalse();
        company.MustSetUpTwoFactor(userHasTwoFactor: false).ShouldBeFalse();
        Should.NotThrow(company.CheckUserMayTurnOffTwoFactor);
    }

    [Fact]
    public void Requiring_two_factor_sends_users_without_it_to_set_it_up_and_bumps_the_version()
    {
        var company = NewCompany();

        company.ChangeTwoFactorRequirement(required: true);

        company.RequiresTwoFactor.ShouldBeTrue();
        company.Version.ShouldBe(2);
        company.MustSetUpTwoFactor(userHasTwoFactor: false).ShouldBeTrue();
        company.MustSetUpTwoFactor(userHasTwoFactor: true).ShouldBeFalse();
    }

    [Fact]
    public void Turning_two_factor_off_is_refused_while_the_company_requires_it()
    {
        var company = NewCompany();
        company.ChangeTwoFactorRequirement(required: true);

        var ex = Should.Throw<BusinessRuleViolationException>(company.CheckUserMayTurnOffTwoFactor);

        ex.RuleName.ShouldBe(nameof(TwoFactorCannotBeTurnedOffWhileTheCompanyRequiresIt));
    }

    [Fact]
    public void Dropping_the_requirement_lets_users_turn_two_factor_off_again()
    {
        var company = NewCompany();
        company.ChangeTwoFactorRequirement(required: true);

        company.ChangeTwoFactorRequirement(required: false);

        company.RequiresTwoFactor.ShouldBeFalse();
        company.Version.ShouldBe(3);
        Should.NotThrow(company.CheckUserMayTurnOffTwoFactor);
    }

    [Fact]
    public void Setting_the_requirement_to_its_current_value_changes_nothing()
    {
        var company = NewCompany();

        company.ChangeTwoFactorRequirement(required: false);

        company.Version.ShouldBe(1);
    }
}
