using Ardalis.Specification;
using EmployerPortal.Application.Common.Addresses;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Companies.Commands.ProvisionCompany;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Users;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace EmployerPortal.Application.UnitTests.Companies;

public sealed class ProvisionCompanyHandlerTests
{
    private readonly IRepository<Company> _companies = Substitute.For<IRepository<Company>>();
    private readonly IRepository<PortalUser> _users = Substitute.For<IRepository<PortalUser>>();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

    private static readonly ProvisionCompanyCommand Command = new(
        "123456", "Initech", "(512) 555-0100",
        new AddressInput("1 Main St", null, "Austin", "TX", "78701"),
        new FirstAdminInput("Boss@Initech.example", "Bill", "Lumbergh"));

    private ProvisionCompanyHandler Handler => new(_companies, _users, _clock);

    [Fact]
    public async Task Provisioning_adds_an_active_company_and_invites_its_first_admin()
    {
        var result = await Handler.Handle(Command, CancellationToken.None);

        _companies.Received(1).Add(Arg.Is<Company>(c => c.AccountNumber.Value == "123456" && c.Status == CompanyStatus.Active && c.Id.Value == result.CompanyId));
        _users.Received(1).Add(Arg.Is<PortalUser>(u =>
            u.Email == "boss@initech.example" && u.Role == UserRole.Admin && u.Status == UserStatus.Invited && u.CompanyId.Value == result.CompanyId));
    }

    [Fact]
    public async Task A_taken_account_number_is_a_conflict_and_nothing_is_added()
    {
        _companies.AnyAsync(Arg.Any<ISpecification<Company>>(), Arg.Any<CancellationToken>()).Returns(true);

        await Should.ThrowAsync<ConflictException>(() => Handler.Handle(Command, CancellationToken.None).AsTask());

        _companies.DidNotReceive().Add(Arg.Any<Company>());
        _users.DidNotReceive().Add(Arg.Any<PortalUser>());
    }

    [Fact]
    public async Task An_admin_email_already_in_use_is_a_conflict()
    {
        _users.AnyAsync(Arg.Any<ISpecification<PortalUser>>(), Arg.Any<CancellationToken>()).Returns(true);

        await Should.ThrowAsync<ConflictException>(() => Handler.Handle(Command, CancellationToken.None).AsTask());

        _companies.DidNotReceive().Add(Arg.Any<Company>());
    }
}
