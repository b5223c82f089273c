using EmployerPortal.Application.Authorizations.Commands.CreateAuthorization;
using Ardalis.Specification;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Domain.Authorizations;
using NSubstitute;
using Microsoft.Extensions.Time.Testing;

namespace EmployerPortal.Application.UnitTests.Authorizations;

public sealed class CreateAuthorizationValidatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);
    private static readonly Domain.Companies.Company Acme = TwoTerminals();
    private static readonly Application.Common.Security.FixedActor AcmeAdmin =
        Application.Common.Security.FixedActor.Employer(Domain.Common.PortalUserId.New(), Acme.Id, Domain.Users.UserRole.Admin);
    private readonly CreateAuthorizationValidator _validator = new(CompanyClock(), Catalog(), Companies(), AcmeAdmin);

    /// <summary>Dallas (main, Central) and Phoenix (MST all year).</summary>
    private static Domain.Companies.Company TwoTerminals()
    {
        var company = Domain.Companies.Company.Provision(
            Domain.Companies.AccountNumber.From("940002"), "Two Terminals", new Domain.Companies.PostalAddress("1 Main", null, "Dallas", "TX", "75201"), "2145550100",
            new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        company.AddLocation("PHX", "Phoenix Terminal", new Domain.Companies.PostalAddress("2 Main", null, "Phoenix", "AZ", "85001"), "6025550100",
            Domain.Companies.CompanyTimeZone.From("America/Phoenix"), null);
        return company;
    }

    private static IRepository<Domain.Companies.Company> Companies()
    {
        var companies = Substitute.For<IRepository<Domain.Companies.Company>>();
        companies.FirstOrDefaultAsync(Arg.Any<ISpecification<Domain.Companies.Company>>(), Arg.Any<CancellationToken>()).Returns(Acme);
        return companies;
    }

    private static Application.Common.Time.ICompanyClock ClockAt(DateTimeOffset now)
    {
        var time = new FakeTimeProvider(now);
        var clock = Substitute.For<Application.Common.Time.ICompanyClock>();
        clock.ForTenantAsync(Arg.Any<CancellationToken>()).Returns(new Application.Common.Time.LocalTime(Domain.Companies.CompanyTimeZone.From("America/Chicago"), time));
        clock.ForLocationsAsync(Arg.Any<Domain.Common.CompanyId>(), Arg.Any<CancellationToken>()).Returns(new Dictionary<string, Application.Common.Time.LocalTime>
        {
            ["MAIN"] = new(Domain.Companies.CompanyTimeZone.From("America/Chicago"), time),
            ["PHX"] = new(Domain.Companies.CompanyTimeZone.From("America/Phoenix"), time),
        });
        return clock;
    }

    /// <summary>Nov 20, 9 AM in Dallas: the validator's "today" is the company's local date.</summary>
    private static Application.Common.Time.ICompanyClock CompanyClock() => ClockAt(new DateTimeOffset(2026, 11, 20, 15, 0, 0, TimeSpan.Zero));

    private FluentValidation.Results.ValidationResult Run(CreateAuthorizationCommand command) => _validator.ValidateAsync(command).GetAwaiter().GetResult();

    private static IRepository<ServiceCatalogEntry> Catalog()
    {
        var catalog = Substitute.For<IRepository<ServiceCatalogEntry>>();
        catalog.ListAsync(Arg.Any<ISpecification<ServiceCatalogEntry>>(), Arg.Any<CancellationToken>()).Returns(
        [
            new ServiceCatalogEntry("INJ-EVAL", "Injury care: initial evaluation and treatment", "Injury care", 800),
            new ServiceCatalogEntry("DRUG-NONDOT", "Non-DOT drug screen", "Drug and alcohol testing", 200, "Panel", "5-panel|10-panel"),
            new ServiceCatalogEntry("IMM-VAX", "Vaccine", "Immunizations and TB", 300, "Vaccine"),
        ]);
        return catalog;
    }

    private static CreateAuthorizationCommand Valid => new(
        "José", "Muñoz", new DateOnly(1985, 5, 5), "E-1", "jose@employee.example", "(214) 555-0100",
        AuthorizationReason.Injury, Today, "Bruised shin.", [new ServiceSelection("INJ-EVAL")], "Call me.", Today.AddDays(90), "MAIN");

    private string[] ErrorsOn(CreateAuthorizationCommand command, string property) =>
        Run(command).Errors.Where(e => e.PropertyName == property).Select(e => e.ErrorMessage).ToArray();

    [Fact]
    public void A_complete_injury_authorization_valid_for_exactly_90_days_passes() =>
        Run(Valid).Errors.ShouldBeEmpty();

    [Fact]
    public async Task Today_is_the_companys_local_date_at_7_pm_central()
    {
        var validator = new CreateAuthorizationValidator(ClockAt(new DateTimeOffset(2026, 12, 2, 1, 0, 0, TimeSpan.Zero)), Catalog(), Companies(), AcmeAdmin);
        var dec1 = new DateOnly(2026, 12, 1);

        (await validator.ValidateAsync(Valid with { DateOfInjury = dec1, ValidUntil = dec1 })).Errors.ShouldBeEmpty("Dec 1 is still today in Dallas");
        (await validator.ValidateAsync(Valid with { DateOfInjury = dec1.AddDays(1), ValidUntil = dec1 })).Errors
            .ShouldContain(e => e.ErrorMessage == "The date of injury cannot be in the future.");
    }

    [Fact]
    public async Task Today_is_the_chosen_locations_date_at_midnight_in_Dallas_Phoenix_is_still_on_the_day_before()
    {
        // 06:30 UTC on Dec 2: 12:30 AM Dec 2 in Dallas, 11:30 PM Dec 1 in Phoenix.
        var validator = new CreateAuthorizationValidator(ClockAt(new DateTimeOffset(2026, 12, 2, 6, 30, 0, TimeSpan.Zero)), Catalog(), Companies(), AcmeAdmin);
        var dec2 = new DateOnly(2026, 12, 2);

        (await validator.ValidateAsync(Valid with { DateOfInjury = dec2, ValidUntil = dec2, LocationCode = "MAIN" })).Errors.ShouldBeEmpty();
        (await validator.ValidateAsync(Valid with { DateOfInjury = dec2, ValidUntil = dec2, LocationCode = "PHX" })).Errors
            .ShouldContain(e => e.ErrorMessage == "The date of injury cannot be in the future.");
    }

    [Fact]
    public void A_company_with_two_locations_asks_which_one_and_refuses_one_it_does_not_have()
    {
        ErrorsOn(Valid with { LocationCode = null }, "LocationCode").ShouldBe(["Choose the location the employee is authorized for."]);
        ErrorsOn(Valid with { LocationCode = "ELP" }, "LocationCode").ShouldBe(["Choose one of the locations listed."]);
        ErrorsOn(Valid with { LocationCode = "phx" }, "LocationCode").ShouldBeEmpty();
    }

    [Fact]
    public async Task A_user_limited_to_Dallas_authorizes_for_Dallas_without_choosing_and_never_for_Phoenix()
    {
        var dallasViewer = Application.Common.Security.FixedActor.Employer(Domain.Common.PortalUserId.New(), Acme.Id, Domain.Users.UserRole.ViewOnly) with { LocationCodes = ["MAIN"] };
        var validator = new CreateAuthorizationValidator(CompanyClock(), Catalog(), Companies(), dallasViewer);

        (await validator.ValidateAsync(Valid with { LocationCode = null })).Errors.ShouldBeEmpty();
        (await validator.ValidateAsync(Valid with { LocationCode = "PHX" })).Errors.Select(e => e.ErrorMessage).ShouldBe(["Choose one of the locations listed."]);
    }

    [Fact]
    public void The_date_of_injury_cannot_be_in_the_future() =>
        ErrorsOn(Valid with { DateOfInjury = Today.AddDays(1) }, "DateOfInjury").ShouldBe(["The date of injury cannot be in the future."]);

    [Theory]
    [InlineData(0, "08:30", "MAIN", true)]
    [InlineData(0, "09:04", "MAIN", true)]
    [InlineData(0, "10:00", "MAIN", false)]
    [InlineData(-1, "23:00", "MAIN", true)]
    [InlineData(0, "08:30", "PHX", false)]
    public void An_injury_today_cannot_have_happened_later_than_now_at_the_location(int days, string time, string location, bool accepted)
    {
        // 9 AM in Dallas, 8 AM in Phoenix; a wall clock five minutes fast is forgiven.
        var errors = ErrorsOn(Valid with { DateOfInjury = Today.AddDays(days), TimeOfInjury = TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), LocationCode = location }, "TimeOfInjury");

        errors.ShouldBe(accepted ? [] : ["The time of injury cannot be later than now."]);
    }

    [Fact]
    public void An_injury_needs_a_date_and_a_description_but_a_non_injury_does_not()
    {
        ErrorsOn(Valid with { DateOfInjury = null }, "DateOfInjury").ShouldNotBeEmpty();
        ErrorsOn(Valid with { InjuryDescription = " " }, "InjuryDescription").ShouldNotBeEmpty();
        Run(Valid with { Reason = AuthorizationReason.NonInjury, DateOfInjury = null, InjuryDescription = null }).Errors.ShouldBeEmpty();
    }

    [Fact]
    public void At_least_one_service_is_needed_and_each_only_once()
    {
        ErrorsOn(Valid with { Services = [] }, "Services").ShouldBe(["Authorize at least one service."]);
        ErrorsOn(Valid with { Services = [new("INJ-EVAL"), new("INJ-EVAL")] }, "Services").ShouldBe(["Each service can be authorized once."]);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(91)]
    public void Valid_until_is_between_today_and_90_days(int days) =>
        ErrorsOn(Valid with { ValidUntil = Today.AddDays(days) }, "ValidUntil").ShouldNotBeEmpty();

    [Fact]
    public void Markup_in_names_is_refused() =>
        ErrorsOn(Valid with { LastName = "<script>alert(1)</script>" }, "LastName").ShouldHaveSingleItem().ShouldStartWith("Use plain text only");

    [Fact]
    public void The_date_of_birth_must_be_in_the_past() =>
        ErrorsOn(Valid with { DateOfBirth = Today }, "DateOfBirth").ShouldBe(["The date of birth must be in the past."]);

    [Fact]
    public void Email_and_phone_are_checked_when_given() =>
        (ErrorsOn(Valid with { Email = "not-an-email" }, "Email").Length + ErrorsOn(Valid with { Phone = "12" }, "Phone").Length).ShouldBe(2);

    [Fact]
    public void Every_service_missing_its_detail_is_reported_beside_it_together_with_the_other_errors()
    {
        var result = Run(Valid with { FirstName = "", Services = [new("INJ-EVAL"), new("DRUG-NONDOT"), new("IMM-VAX", " ")] });

        result.Errors.Select(e => (e.PropertyName, e.ErrorMessage)).ShouldBe(
        [
            ("FirstName", "Enter the employee's first name."),
            ("ServiceDetails[DRUG-NONDOT]", "Choose the panel for Non-DOT drug screen."),
            ("ServiceDetails[IMM-VAX]", "Choose the vaccine for Vaccine."),
        ], ignoreOrder: true);
    }

    [Fact]
    public void Free_text_may_hold_angle_brackets_but_names_may_not()
    {
        var result = Run(Valid with { InjuryDescription = "Lifted > 50 lb; pain < 1 hour", SpecialInstructions = "<b>X-ray</b> if needed" });

        result.Errors.ShouldBeEmpty();
        ErrorsOn(Valid with { InjuryDescription = "Bad\u202Etext" }, "InjuryDescription").ShouldNotBeEmpty();
    }
}
