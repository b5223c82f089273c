using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using static EmployerPortal.Domain.UnitTests.TestData;

namespace EmployerPortal.Domain.UnitTests.Companies;

public sealed class CompanyTimeZoneTests
{
    private static readonly string[] StatesDistrictAndTerritories =
    [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
        "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH",
        "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR", "GU", "VI",
        "AS", "MP",
    ];

    private static Company Provision(string state, CompanyTimeZone? zone = null) =>
        Company.Provision(AccountNumber.From("100200"), "Acme Logistics", new PostalAddress("1 Main", null, "Dallas", state, "75202"), "2145550100", Now, zone);

    [Theory]
    [InlineData("TX", "America/Chicago")]
    [InlineData("AZ", "America/Phoenix")]
    [InlineData("NY", "America/New_York")]
    [InlineData("OH", "America/New_York")]
    [InlineData("CA", "America/Los_Angeles")]
    [InlineData("CO", "America/Denver")]
    [InlineData("HI", "Pacific/Honolulu")]
    [InlineData("AK", "America/Anchorage")]
    [InlineData("PR", "America/Puerto_Rico")]
    public void A_state_has_its_representative_zone(string state, string zone) =>
        CompanyTimeZone.ForState(state).Id.ShouldBe(zone);

    [Fact]
    public void Every_state_the_portal_accepts_maps_to_a_known_IANA_zone()
    {
        foreach (var state in StatesDistrictAndTerritories)
        {
            CompanyTimeZone.IsKnown(CompanyTimeZone.ForState(state).Id).ShouldBeTrue(state);
        }

        CompanyTimeZone.StateZones.Count.ShouldBe(StatesDistrictAndTerritories.Length);
    }

    [Fact]
    public void A_company_provisioned_without_a_zone_keeps_its_state_zone() =>
        Provision("TX").TimeZone.Id.ShouldBe("America/Chicago");

    [Fact]
    public void A_company_provisioned_with_a_zone_keeps_that_zone() =>
        Provision("TX", CompanyTimeZone.From("America/Phoenix")).TimeZone.Id.ShouldBe("America/Phoenix");

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("Central Standard Time")]
    [InlineData("")]
    public void An_unknown_or_non_IANA_zone_is_refused(string id) =>
        Should.Throw<BusinessRuleViolationException>(() => CompanyTimeZone.From(id)).RuleName.ShouldBe(nameof(TimeZoneMustBeAKnownIanaZone));

    [Fact]
    public void Changing_the_zone_bumps_the_version()
    {
        var company = Provision("TX");
        var version = company.Version;

        company.ChangeTimeZone(CompanyTimeZone.From("America/New_York"));

        company.TimeZone.Id.ShouldBe("America/New_York");
        company.Version.ShouldBe(version + 1);
    }

    [Fact]
    public void An_authorization_is_valid_to_the_end_of_its_local_valid_until_day()
    {
        var authorization = Authorization.Create(
            CompanyId.New(), "MAIN", AuthorizationNumber.Generate(new Random(3)), Employee(), AuthorizationReason.NonInjury, null,
            [new AuthorizedService("DOTPE", "DOT physical")], null, Today.AddDays(1), PortalUserId.New(), Now);
        var lastMinute = new DateTimeOffset(Today.AddDays(1).ToDateTime(new TimeOnly(23, 59)), TimeSpan.FromHours(-6));

        authorization.StatusAt(lastMinute).ShouldBe(AuthorizationStatus.Active, "23:59 local on the valid-until day; already the next day in UTC");
        authorization.StatusAt(lastMinute.AddMinutes(1)).ShouldBe(AuthorizationStatus.Expired);
    }
}
