using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Results;
using static EmployerPortal.Domain.UnitTests.TestData;

namespace EmployerPortal.Domain.UnitTests.Companies;

public sealed class CompanyTests
{
    private static readonly PostalAddress Address = new("1 Dock Road", null, "Springfield", "IL", "62701");

    private static Company NewCompany() => Company.Provision(AccountNumber.From("100200"), "Acme Logistics", Address, "555-0100", Now);

    private static CompanyContact Contact(ContactNotices notices) => new("Pat Lee", "HR", "pat@acme.example", null, notices);

    [Fact]
    public void Provisioning_a_company_makes_it_active_and_raises_CompanyProvisioned()
    {
        var company = Company.Provision(AccountNumber.From("100200"), "  Acme Logistics ", Address, "555-0100", Now);

        company.Name.ShouldBe("Acme Logistics");
        company.Status.ShouldBe(CompanyStatus.Active);
        company.IsActive.ShouldBeTrue();
        company.Version.ShouldBe(1);
        company.DomainEvents.ShouldBe([new CompanyProvisioned(company.Id, "100200", Now)]);
    }

    [Fact]
    public void Account_details_where_no_contact_receives_new_result_notices_are_refused()
    {
        var company = NewCompany();

        var ex = Should.Throw<BusinessRuleViolationException>(() =>
            company.UpdateAccountDetails(Address, "555-0100", null, [Contact(ContactNotices.NoShowLetters | ContactNotices.RecheckReminders)]));

        ex.RuleName.ShouldBe(nameof(AtLeastOneContactReceivesNewResultNotices));
        company.Version.ShouldBe(1);
    }

    [Fact]
    public void Account_details_without_any_contact_are_refused()
    {
        var company = NewCompany();

        var ex = Should.Throw<BusinessRuleViolationException>(() => company.UpdateAccountDetails(Address, "555-0100", null, []));

        ex.RuleName.ShouldBe(nameof(AtLeastOneContactReceivesNewResultNotices));
    }

    [Fact]
    public void Updating_account_details_replaces_the_contacts_and_bumps_the_version()
    {
        var company = NewCompany();
        var newAddress = Address with { Line1 = "2 Dock Road" };

        company.UpdateAccountDetails(newAddress, "555-0199", "  Use the side door.  ", [Contact(ContactNotices.NewResults | ContactNotices.NoShowLetters)]);

        company.Address.ShouldBe(newAddress);
        company.Phone.ShouldBe("555-0199");
        company.SpecialInstructions.ShouldBe("Use the side door.");
        company.Contacts.Count.ShouldBe(1);
        company.ContactsReceiving(ContactNotices.NoShowLetters).ShouldHaveSingleItem();
        company.ContactsReceiving(ContactNotices.RecheckReminders).ShouldBeEmpty();
        company.Version.ShouldBe(2);
    }

    [Fact]
    public void Enabling_a_standard_result_type_is_refused()
    {
        var company = NewCompany();

        var ex = Should.Throw<BusinessRuleViolationException>(() =>
            company.ChangeSettings(CompanyStatus.Active, null, [ResultType.ProprietaryForm, ResultType.MecDotCard], Now));

        ex.RuleName.ShouldBe(nameof(OnlyNonStandardResultTypesCanBeEnabled));
        company.EnabledNonStandardResultTypes.ShouldBeEmpty();
    }

    [Fact]
    public void A_non_standard_result_type_is_accepted_only_once_enabled()
    {
        var company = NewCompany();
        company.Accepts(ResultType.ProprietaryForm).ShouldBeFalse();
        company.Accepts(ResultType.MecDotCard).ShouldBeTrue();

        company.ChangeSettings(CompanyStatus.Active, new Uri("https://drugs.example/acme"), [ResultType.ProprietaryForm, ResultType.ProprietaryForm], Now);

        company.Accepts(ResultType.ProprietaryForm).ShouldBeTrue();
        company.Accepts(ResultType.OtherPhysicalResults).ShouldBeFalse();
        company.EnabledNonStandardResultTypes.ShouldBe([ResultType.ProprietaryForm]);
        company.DrugScreenPortalUrl.ShouldBe(new Uri("https://drugs.example/acme"));
    }

    [Fact]
    public void Suspending_an_active_company_raises_CompanySuspended_once()
    {
        var company = NewCompany();
        company.ClearDomainEvents();

        company.ChangeSettings(CompanyStatus.Suspended, null, [], Now);
        company.ChangeSettings(CompanyStatus.Suspended, null, [], Now.AddHours(1));

        company.IsActive.ShouldBeFalse();
        company.DomainEvents.ShouldBe([new CompanySuspended(company.Id, Now)]);
    }

    [Theory]
    [InlineData("1002")]
    [InlineData("100200")]
    [InlineData("1234567890")]
    [InlineData(" 100300 ")]
    public void An_account_number_of_4_to_10_digits_is_accepted(string input)
    {
        AccountNumber.From(input).Value.ShouldBe(input.Trim());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("123")]
    [InlineData("12345678901")]
    [InlineData("10A200")]
    [InlineData("100-200")]
    [InlineData("１００２００")]
    public void An_account_number_that_is_not_4_to_10_digits_is_refused(string input)
    {
        var ex = Should.Throw<BusinessRuleViolationException>(() => AccountNumber.From(input));

        ex.RuleName.ShouldBe(nameof(AccountNumberMustBeDigits));
    }

    [Fact]
    public void Removing_an_admin_moves_the_roster_token_but_not_the_account_version()
    {
        var company = NewCompany();
        var version = company.Version;

        company.RecordAdminRemoval();
        company.RecordAdminRemoval();

        company.AdminRosterVersion.ShouldBe(2);
        company.Version.ShouldBe(version);
    }
}
