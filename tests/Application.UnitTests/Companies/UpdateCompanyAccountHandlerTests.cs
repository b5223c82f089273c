using Ardalis.Specification;
using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Addresses;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Companies.Commands.UpdateCompanyAccount;
using EmployerPortal.Application.Companies.Queries.GetCompanyAccount;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Users;
using NSubstitute;

namespace EmployerPortal.Application.UnitTests.Companies;

public sealed class UpdateCompanyAccountHandlerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly IRepository<Company> _companies = Substitute.For<IRepository<Company>>();
    private readonly IAuditTrail _audit = Substitute.For<IAuditTrail>();
    private readonly Company _company = Company.Provision(AccountNumber.From("1001"), "Initech", new PostalAddress("1 Main", null, "Austin", "TX", "78701"), "(512) 555-0100", Now);

    public UpdateCompanyAccountHandlerTests() =>
        _companies.FirstOrDefaultAsync(Arg.Any<ISpecification<Company>>(), Arg.Any<CancellationToken>()).Returns(_company);

    private UpdateCompanyAccountHandler Handler =>
        new(_companies, _audit);

    private static UpdateCompanyAccountCommand Command(int version, string phone = "(512) 555-0199") => new(
        version,
        new AddressInput("1 Main", null, "Austin", "TX", "78701"),
        phone,
        null,
        [new ContactInput("Sam", null, "sam@initech.example", null, true, false, false, false)]);

    [Fact]
    public async Task A_save_at_the_current_version_changes_the_account_and_bumps_the_version()
    {
        var newVersion = await Handler.Handle(Command(_company.Version), CancellationToken.None);

        _company.Phone.ShouldBe("(512) 555-0199");
        newVersion.ShouldBe(2);
        _company.Contacts.ShouldHaveSingleItem().Receives(ContactNotices.NewResults).ShouldBeTrue();
    }

    [Fact]
    public async Task A_save_at_an_older_version_is_refused_with_the_current_values_and_changes_nothing()
    {
        await Handler.Handle(Command(_company.Version, "(512) 555-0111"), CancellationToken.None);

        var conflict = await Should.ThrowAsync<ConcurrencyConflictException>(() => Handler.Handle(Command(1, "(512) 555-0222"), CancellationToken.None).AsTask());

        conflict.Current.ShouldBeOfType<CompanyAccountDto>().Phone.ShouldBe("(512) 555-0111");
        _company.Phone.ShouldBe("(512) 555-0111");
    }

    [Fact]
    public async Task Each_changed_field_is_audited_with_before_and_after_and_unchanged_ones_are_not()
    {
        await Handler.Handle(Command(_company.Version), CancellationToken.None);

        _audit.Received(1).Record(AuditActions.CompanyAccountChanged, "Company", _company.Id.ToString(),
            Arg.Is<string>(d => d.Contains("\"field\":\"phone\"") && d.Contains("\"before\":\"(512) 555-0100\"") && d.Contains("\"after\":\"(512) 555-0199\"")));
        _audit.Received(1).Record(AuditActions.CompanyAccountChanged, "Company", _company.Id.ToString(), Arg.Is<string>(d => d.Contains("\"field\":\"contacts\"")));
        _audit.DidNotReceive().Record(Arg.Any<string>(), Arg.Any<string>(), Arg.Any<string>(), Arg.Is<string>(d => d.Contains("\"field\":\"address\"")));
    }

    [Fact]
    public void The_validator_requires_a_contact_receiving_new_result_notices()
    {
        var command = Command(1) with { Contacts = [new ContactInput("Sam", null, "sam@initech.example", null, false, true, false, false)] };

        var result = new UpdateCompanyAccountValidator().Validate(command);

        result.Errors.ShouldContain(e => e.PropertyName == "Contacts" && e.ErrorMessage == "At least one contact must receive new-result notices.");
    }
}
