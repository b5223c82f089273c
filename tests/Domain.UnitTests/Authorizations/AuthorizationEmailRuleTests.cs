using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Common;

namespace EmployerPortal.Domain.UnitTests.Authorizations;

public sealed class AuthorizationEmailRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 15, 0, 0, TimeSpan.Zero);

    private static Authorization New(DateOnly validUntil) => Authorization.Create(
        CompanyId.New(), "MAIN",
        AuthorizationNumber.Generate(new Random(7)),
        new Employee("Ana", "Lopez", new DateOnly(1990, 1, 1), Email: "ana@x.example"),
        AuthorizationReason.NonInjury,
        null,
        [new AuthorizedService("PHYS-DOT", "DOT physical")],
        null,
        validUntil,
        PortalUserId.New(),
        Now);

    [Fact]
    public void An_active_authorization_is_emailed_and_the_email_is_recorded()
    {
        var authorization = New(new DateOnly(2026, 12, 31));

        authorization.RecordEmailed("ana@x.example", Now);

        authorization.Emails.ShouldHaveSingleItem().To.ShouldBe("ana@x.example");
    }

    [Fact]
    public void A_voided_authorization_cannot_be_emailed()
    {
        var authorization = New(new DateOnly(2026, 12, 31));
        authorization.Void(PortalUserId.New(), Now, "No longer needed");

        var ex = Should.Throw<BusinessRuleViolationException>(() => authorization.RecordEmailed("ana@x.example", Now));

        ex.BrokenRule.ShouldBeOfType<OnlyAnActiveAuthorizationCanBeEmailed>();
        authorization.Emails.ShouldBeEmpty();
    }

    [Fact]
    public void An_authorization_past_its_valid_until_date_cannot_be_emailed()
    {
        var authorization = New(new DateOnly(2026, 12, 1));

        Should.Throw<BusinessRuleViolationException>(() => authorization.RecordEmailed("ana@x.example", Now.AddDays(1)))
            .Message.ShouldContain("expired");
    }

    [Theory]
    [InlineData(AuthorizationStatus.Active, "2026-12-01", "2026-12-01", AuthorizationStatus.Active)]
    [InlineData(AuthorizationStatus.Active, "2026-12-01", "2026-12-02", AuthorizationStatus.Expired)]
    [InlineData(AuthorizationStatus.Used, "2026-12-01", "2026-12-02", AuthorizationStatus.Used)]
    [InlineData(AuthorizationStatus.Voided, "2026-12-01", "2026-12-09", AuthorizationStatus.Voided)]
    public void Expired_is_defined_once(AuthorizationStatus stored, string validUntil, string today, AuthorizationStatus expected)
    {
        var until = DateOnly.Parse(validUntil, System.Globalization.CultureInfo.InvariantCulture);
        var on = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture);

        Authorization.StatusOn(stored, until, on).ShouldBe(expected);
    }

    [Theory]
    [InlineData("2026-11-30")]
    [InlineData("2026-12-01")]
    [InlineData("2026-12-02")]
    public void The_query_expressions_agree_with_the_one_definition(string today)
    {
        var on = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture);
        var active = New(new DateOnly(2026, 12, 1));
        var voided = New(new DateOnly(2026, 12, 1));
        voided.Void(PortalUserId.New(), Now, "No longer needed");

        foreach (var authorization in new[] { active, voided })
        {
            var status = Authorization.StatusOn(authorization.Status, authorization.ValidUntil, on);
            Authorization.ActiveOn(on).Compile()(authorization).ShouldBe(status == AuthorizationStatus.Active);
            Authorization.ExpiredOn(on).Compile()(authorization).ShouldBe(status == AuthorizationStatus.Expired);
        }
    }
}
