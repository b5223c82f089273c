using EmployerPortal.Domain.Companies;
using EmployerPortal.Application.Common.Time;
using Ardalis.Specification;
using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Authorizations;
using EmployerPortal.Application.Authorizations.Commands.CreateAuthorization;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Users;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace EmployerPortal.Application.UnitTests.Authorizations;

public sealed class CreateAuthorizationHandlerTests
{
    private readonly IRepository<Authorization> _authorizations = Substitute.For<IRepository<Authorization>>();
    private readonly IRepository<ServiceCatalogEntry> _catalog = Substitute.For<IRepository<ServiceCatalogEntry>>();
    private readonly IAuthorizationNumberGenerator _numbers = Substitute.For<IAuthorizationNumberGenerator>();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 20, 15, 0, 0, TimeSpan.Zero));
    private readonly IRepository<Company> _companies = Substitute.For<IRepository<Company>>();
    private readonly Company _company;
    private FixedActor _viewer;

    public CreateAuthorizationHandlerTests()
    {
        _company = Company.Provision(AccountNumber.From("940003"), "Two Terminals", new PostalAddress("1 Main", null, "Dallas", "TX", "75201"), "2145550100", _clock.GetUtcNow());
        _company.AddLocation("PHX", "Phoenix Terminal", new PostalAddress("2 Main", null, "Phoenix", "AZ", "85001"), "6025550100", CompanyTimeZone.From("America/Phoenix"), null);
        _companies.FirstOrDefaultAsync(Arg.Any<ISpecification<Company>>(), Arg.Any<CancellationToken>()).Returns(_company);
        _viewer = FixedActor.Employer(PortalUserId.New(), _company.Id, UserRole.ViewOnly);
        _catalog.ListAsync(Arg.Any<ISpecification<ServiceCatalogEntry>>(), Arg.Any<CancellationToken>()).Returns(
        [
            new ServiceCatalogEntry("PHYS-DOT", "DOT physical", "Physicals", 1),
            new ServiceCatalogEntry("DRUG-NONDOT", "Non-DOT drug screen", "Drug", 2, "Panel", "5-panel|10-panel"),
        ]);
    }

    private CreateAuthorizationHandler Handler => new(_authorizations, _companies, _catalog, Substitute.For<IRepository<ServicePackage>>(), Substitute.For<IRepository<Clinic>>(), _numbers, _viewer, CompanyClock());

    private ICompanyClock CompanyClock()
    {
        var clock = Substitute.For<ICompanyClock>();
        clock.ForLocationsAsync(Arg.Any<CompanyId>(), Arg.Any<CancellationToken>()).Returns(new Dictionary<string, LocalTime>
        {
            ["MAIN"] = new(CompanyTimeZone.From("America/Chicago"), _clock),
            ["PHX"] = new(CompanyTimeZone.From("America/Phoenix"), _clock),
        });
        return clock;
    }

    private static CreateAuthorizationCommand Command(params ServiceSelection[] services) => new(
        "Ana", "Lopez", new DateOnly(1990, 1, 1), null, null, null, AuthorizationReason.NonInjury, null, null,
        services.Length == 0 ? [new ServiceSelection("PHYS-DOT")] : services, null, null, "MAIN");

    [Fact]
    public async Task The_authorization_is_for_the_chosen_location()
    {
        _numbers.Next().Returns(AuthorizationNumber.Generate(_ => 5));

        await Handler.Handle(Command() with { LocationCode = "phx" }, CancellationToken.None);

        _authorizations.Received(1).Add(Arg.Is<Authorization>(a => a.LocationCode == "PHX"));
    }

    [Fact]
    public async Task A_user_limited_to_Phoenix_gets_Phoenix_without_choosing_and_cannot_choose_Dallas()
    {
        _viewer = _viewer with { LocationCodes = ["PHX"] };
        _numbers.Next().Returns(AuthorizationNumber.Generate(_ => 6));

        await Handler.Handle(Command() with { LocationCode = null }, CancellationToken.None);
        var error = await Should.ThrowAsync<ValidationFailedException>(() => Handler.Handle(Command() with { LocationCode = "MAIN" }, CancellationToken.None).AsTask());

        _authorizations.Received(1).Add(Arg.Is<Authorization>(a => a.LocationCode == "PHX"));
        error.Errors["LocationCode"].ShouldNotBeEmpty();
    }

    [Fact]
    public async Task A_number_already_taken_is_drawn_again()
    {
        var taken = AuthorizationNumber.Generate(_ => 1);
        var free = AuthorizationNumber.Generate(_ => 2);
        _numbers.Next().Returns(taken, free);
        _authorizations.AnyAsync(Arg.Is<ISpecification<Authorization>>(s => s.Evaluate(new[] { WithNumber(taken) }).Any()), Arg.Any<CancellationToken>()).Returns(true);

        var created = await Handler.Handle(Command(), CancellationToken.None);

        created.Number.ShouldBe(free.Display);
        _authorizations.Received(1).Add(Arg.Is<Authorization>(a => a.Number == free && a.CompanyId == _viewer.CompanyId));
    }

    [Fact]
    public async Task Without_a_valid_until_date_the_authorization_is_valid_for_30_days()
    {
        _numbers.Next().Returns(AuthorizationNumber.Generate(_ => 3));

        await Handler.Handle(Command(), CancellationToken.None);

        _authorizations.Received(1).Add(Arg.Is<Authorization>(a => a.ValidUntil == new DateOnly(2026, 12, 20)));
    }

    [Theory]
    [InlineData("NOPE", null, "'NOPE' is not a service that can be authorized.")]
    [InlineData("DRUG-NONDOT", null, "Choose the panel for Non-DOT drug screen.")]
    [InlineData("DRUG-NONDOT", "12-panel", "Choose the panel for Non-DOT drug screen.")]
    [InlineData("PHYS-DOT", "extra", "DOT physical takes no detail.")]
    public async Task A_service_outside_the_catalog_or_without_its_detail_is_a_field_error(string code, string? detail, string message)
    {
        _numbers.Next().Returns(AuthorizationNumber.Generate(_ => 4));

        var error = await Should.ThrowAsync<ValidationFailedException>(() => Handler.Handle(Command(new ServiceSelection(code, detail)), CancellationToken.None).AsTask());

        error.Errors["Services"].ShouldBe([message]);
        _authorizations.DidNotReceive().Add(Arg.Any<Authorization>());
    }

    private Authorization WithNumber(AuthorizationNumber number) => Authorization.Create(
        _viewer.CompanyId!.Value, "MAIN", number, new Employee("X", "Y", new DateOnly(1990, 1, 1)), AuthorizationReason.NonInjury, null,
        [new AuthorizedService("PHYS-DOT", "DOT physical")], null, new DateOnly(2026, 12, 1), _viewer.UserId!.Value, _clock.GetUtcNow());
}
