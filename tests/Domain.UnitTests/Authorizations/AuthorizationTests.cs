using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Common;
using static EmployerPortal.Domain.UnitTests.TestData;

namespace EmployerPortal.Domain.UnitTests.Authorizations;

public sealed class AuthorizationTests
{
    private static readonly CompanyId Company = CompanyId.New();
    private static readonly PortalUserId Creator = PortalUserId.New();
    private static readonly PortalUserId Admin = PortalUserId.New();
    private static readonly AuthorizationNumber Number = AuthorizationNumber.Generate(new Random(1));
    private static readonly AuthorizedService DrugTest = new("DRUG10", "Drug screen", "10-panel urine");
    private static readonly AuthorizedService Physical = new("DOTPE", "DOT physical");
    private static readonly InjuryDetails Injury = new(Today.AddDays(-2), "Cut to left hand");

    private static Authorization Create(
        AuthorizationReason reason = AuthorizationReason.NonInjury,
        InjuryDetails? injury = null,
        IReadOnlyCollection<AuthorizedService>? services = null,
        DateOnly? validUntil = null,
        Employee? employee = null) =>
        Authorization.Create(
            Company, "MAIN",
            Number,
            employee ?? Employee(),
            reason,
            injury,
            services ?? [DrugTest, Physical],
            "Collect observed.",
            validUntil ?? Today.AddDays(30),
            Creator,
            Now);

    private static Authorization ActiveAuthorization(DateOnly? validUntil = null)
    {
        var authorization = Create(validUntil: validUntil);
        authorization.ClearDomainEvents();
        return authorization;
    }

    [Fact]
    public void Creating_an_authorization_makes_it_active_and_raises_AuthorizationCreated()
    {
        var authorization = Create(AuthorizationReason.Injury, Injury, [DrugTest, Physical, DrugTest]);

        authorization.CompanyId.ShouldBe(Company);
        authorization.Number.ShouldBe(Number);
        authorization.Status.ShouldBe(AuthorizationStatus.Active);
        authorization.Injury.ShouldBe(Injury);
        authorization.Services.ShouldBe([DrugTest, Physical]);
        authorization.SpecialInstructions.ShouldBe("Collect observed.");
        authorization.CreatedBy.ShouldBe(Creator);
        authorization.StatusHistory.ShouldBe([new AuthorizationStatusChange(AuthorizationStatus.Active, Now, Creator)]);
        authorization.DomainEvents.ShouldBe([new AuthorizationCreated(authorization.Id, Company, Number.Value, Creator, Now)]);
    }

    [Fact]
    public void An_injury_authorization_without_injury_details_is_refused()
    {
        var ex = Should.Throw<BusinessRuleViolationException>(() => Create(AuthorizationReason.Injury, injury: null));

        ex.RuleName.ShouldBe(nameof(InjuryRequiresDateOfInjury));
    }

    [Fact]
    public void A_non_injury_authorization_with_injury_details_is_refused()
    {
        var ex = Should.Throw<BusinessRuleViolationException>(() => Create(AuthorizationReason.NonInjury, Injury));

        ex.RuleName.ShouldBe(nameof(InjuryRequiresDateOfInjury));
    }

    [Fact]
    public void A_date_of_injury_in_the_future_is_refused()
    {
        var ex = Should.Throw<BusinessRuleViolationException>(() =>
            Create(AuthorizationReason.Injury, Injury with { DateOfInjury = Today.AddDays(1) }));

        ex.RuleName.ShouldBe(nameof(DateOfInjuryCannotBeInTheFuture));
    }

    [Fact]
    public void An_injury_today_is_accepted()
    {
        Create(AuthorizationReason.Injury, Injury with { DateOfInjury = Today }).Injury!.DateOfInjury.ShouldBe(Today);
    }

    [Fact]
    public void An_authorization_without_services_is_refused()
    {
        var ex = Should.Throw<BusinessRuleViolationException>(() => Create(services: []));

        ex.RuleName.ShouldBe(nameof(AtLeastOneServiceMustBeAuthorized));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(91)]
    public void A_valid_until_date_before_today_or_more_than_90_days_ahead_is_refused(int daysFromToday)
    {
        var ex = Should.Throw<BusinessRuleViolationException>(() => Create(validUntil: Today.AddDays(daysFromToday)));

        ex.RuleName.ShouldBe(nameof(ValidUntilMustBeWithin90Days));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(90)]
    public void A_valid_until_date_from_today_to_90_days_ahead_is_accepted(int daysFromToday)
    {
        Create(validUntil: Today.AddDays(daysFromToday)).ValidUntil.ShouldBe(Today.AddDays(daysFromToday));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void A_date_of_birth_today_or_later_is_refused(int daysFromToday)
    {
        var ex = Should.Throw<BusinessRuleViolationException>(() =>
            Create(employee: Employee() with { DateOfBirth = Today.AddDays(daysFromToday) }));

        ex.RuleName.ShouldBe(nameof(DateOfBirthMustBeInThePast));
    }

    [Fact]
    public void Checking_in_marks_the_authorization_used_by_the_visit_and_raises_AuthorizationUsed()
    {
        var authorization = ActiveAuthorization();
        var at = Now.AddDays(3);

        authorization.CheckIn("V-2001", at);

        authorization.Status.ShouldBe(AuthorizationStatus.Used);
        authorization.UsedAt.ShouldBe(at);
        authorization.UsedByVisitId.ShouldBe("V-2001");
        authorization.StatusHistory[^1].ShouldBe(new AuthorizationStatusChange(AuthorizationStatus.Used, at, null));
        authorization.DomainEvents.ShouldBe([new AuthorizationUsed(authorization.Id, Company, Number.Value, "V-2001", at)]);
    }

    [Fact]
    public void Using_an_authorization_twice_is_refused()
    {
        var authorization = ActiveAuthorization();
        authorization.CheckIn("V-2001", Now);

        var ex = Should.Throw<BusinessRuleViolationException>(() => authorization.CheckIn("V-2002", Now.AddHours(1)));

        ex.RuleName.ShouldBe(nameof(AuthorizationCanOnlyBeUsedOnce));
        authorization.UsedByVisitId.ShouldBe("V-2001");
    }

    [Fact]
    public void Using_a_voided_authorization_is_refused()
    {
        var authorization = ActiveAuthorization();
        authorization.Void(Admin, Now, "No longer needed");

        var ex = Should.Throw<BusinessRuleViolationException>(() => authorization.CheckIn("V-2001", Now));

        ex.RuleName.ShouldBe(nameof(VoidedAuthorizationCannotBeUsed));
        authorization.Status.ShouldBe(AuthorizationStatus.Voided);
    }

    [Fact]
    public void Using_an_authorization_after_its_valid_until_date_is_refused_even_before_housekeeping_expires_it()
    {
        var authorization = ActiveAuthorization(validUntil: Today.AddDays(5));

        var ex = Should.Throw<BusinessRuleViolationException>(() => authorization.CheckIn("V-2001", Now.AddDays(6)));

        ex.RuleName.ShouldBe(nameof(ExpiredAuthorizationCannotBeUsed));
        authorization.Status.ShouldBe(AuthorizationStatus.Active);
    }

    [Fact]
    public void Using_an_expired_authorization_is_refused()
    {
        var authorization = ActiveAuthorization(validUntil: Today);
        authorization.Expire(Now.AddDays(1));

        var ex = Should.Throw<BusinessRuleViolationException>(() => authorization.CheckIn("V-2001", Now.AddDays(1)));

        ex.RuleName.ShouldBe(nameof(ExpiredAuthorizationCannotBeUsed));
    }

    [Fact]
    public void An_authorization_can_be_used_until_the_end_of_its_valid_until_day_in_the_callers_offset()
    {
        var authorization = ActiveAuthorization(validUntil: Today);
        var lateThatEveningInChicago = new DateTimeOffset(2025, 3, 10, 23, 30, 0, TimeSpan.FromHours(-5));

        authorization.CheckIn("V-2001", lateThatEveningInChicago);

        authorization.Status.ShouldBe(AuthorizationStatus.Used);
    }

    [Fact]
    public void An_active_authorization_reads_as_expired_once_its_valid_until_date_has_passed()
    {
        var authorization = ActiveAuthorization(validUntil: Today.AddDays(5));

        authorization.StatusAt(Now.AddDays(5)).ShouldBe(AuthorizationStatus.Active);
        authorization.IsExpiredAt(Now.AddDays(5)).ShouldBeFalse();
        authorization.StatusAt(Now.AddDays(6)).ShouldBe(AuthorizationStatus.Expired);
        authorization.IsExpiredAt(Now.AddDays(6)).ShouldBeTrue();
        authorization.Status.ShouldBe(AuthorizationStatus.Active);
    }

    [Fact]
    public void A_used_authorization_does_not_read_as_expired_later()
    {
        var authorization = ActiveAuthorization(validUntil: Today);
        authorization.CheckIn("V-2001", Now);

        authorization.StatusAt(Now.AddDays(30)).ShouldBe(AuthorizationStatus.Used);
    }

    [Fact]
    public void Expiring_a_lapsed_authorization_stores_it_and_raises_AuthorizationExpired()
    {
        var authorization = ActiveAuthorization(validUntil: Today);
        var at = Now.AddDays(1);

        authorization.Expire(at);

        authorization.Status.ShouldBe(AuthorizationStatus.Expired);
        authorization.StatusHistory[^1].ShouldBe(new AuthorizationStatusChange(AuthorizationStatus.Expired, at, null));
        authorization.DomainEvents.ShouldBe([new AuthorizationExpired(authorization.Id, Company, Number.Value, at)]);
    }

    [Fact]
    public void Expiring_an_authorization_that_is_still_valid_is_refused()
    {
        var authorization = ActiveAuthorization(validUntil: Today);

        var ex = Should.Throw<BusinessRuleViolationException>(() => authorization.Expire(Now));

        ex.RuleName.ShouldBe(nameof(OnlyAnActiveAuthorizationPastValidUntilExpires));
        authorization.Status.ShouldBe(AuthorizationStatus.Active);
    }

    [Fact]
    public void Expiring_a_used_authorization_is_refused()
    {
        var authorization = ActiveAuthorization(validUntil: Today);
        authorization.CheckIn("V-2001", Now);

        var ex = Should.Throw<BusinessRuleViolationException>(() => authorization.Expire(Now.AddDays(1)));

        ex.RuleName.ShouldBe(nameof(OnlyAnActiveAuthorizationPastValidUntilExpires));
        authorization.Status.ShouldBe(AuthorizationStatus.Used);
    }

    [Fact]
    public void Voiding_an_active_authorization_records_who_and_when_and_raises_AuthorizationVoided()
    {
        var authorization = ActiveAuthorization();

        authorization.Void(Admin, Now.AddHours(1), "No longer needed");

        authorization.Status.ShouldBe(AuthorizationStatus.Voided);
        authorization.VoidedBy.ShouldBe(Admin);
        authorization.VoidedAt.ShouldBe(Now.AddHours(1));
        authorization.VoidReason.ShouldBe("No longer needed");
        authorization.StatusHistory[^1].ShouldBe(new AuthorizationStatusChange(AuthorizationStatus.Voided, Now.AddHours(1), Admin));
        authorization.DomainEvents.ShouldBe([new AuthorizationVoided(authorization.Id, Company, Number.Value, Admin, Now.AddHours(1))]);
    }

    [Fact]
    public void Voiding_a_used_authorization_is_refused()
    {
        var authorization = ActiveAuthorization();
        authorization.CheckIn("V-2001", Now);
        authorization.ClearDomainEvents();

        var ex = Should.Throw<BusinessRuleViolationException>(() => authorization.Void(Admin, Now, "No longer needed"));

        ex.RuleName.ShouldBe(nameof(AuthorizationCannotBeVoidedOnceUsed));
        authorization.Status.ShouldBe(AuthorizationStatus.Used);
        authorization.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public void Voiding_an_authorization_twice_is_refused()
    {
        var authorization = ActiveAuthorization();
        authorization.Void(Admin, Now, "No longer needed");

        var ex = Should.Throw<BusinessRuleViolationException>(() => authorization.Void(Creator, Now.AddHours(1), "No longer needed"));

        ex.RuleName.ShouldBe(nameof(AuthorizationAlreadyVoided));
        authorization.VoidedBy.ShouldBe(Admin);
    }

    [Fact]
    public void An_expired_authorization_can_still_be_deleted()
    {
        var authorization = ActiveAuthorization(validUntil: Today);
        authorization.Expire(Now.AddDays(1));

        authorization.Void(Admin, Now.AddDays(2), "No longer needed");

        authorization.Status.ShouldBe(AuthorizationStatus.Voided);
        authorization.StatusHistory.Select(c => c.Status).ShouldBe(
            [AuthorizationStatus.Active, AuthorizationStatus.Expired, AuthorizationStatus.Voided]);
    }

    [Fact]
    public void Emailing_an_authorization_records_each_sending_and_raises_AuthorizationEmailed()
    {
        var authorization = ActiveAuthorization();

        authorization.RecordEmailed(" dana.whitfield@example.com ", Now);
        authorization.RecordEmailed("dana@home.example", Now.AddMinutes(5));

        authorization.Emails.ShouldBe(
        [
            new AuthorizationEmail("dana.whitfield@example.com", Now),
            new AuthorizationEmail("dana@home.example", Now.AddMinutes(5)),
        ]);
        authorization.DomainEvents.ShouldBe(
        [
            new AuthorizationEmailed(authorization.Id, Company, "dana.whitfield@example.com", Now),
            new AuthorizationEmailed(authorization.Id, Company, "dana@home.example", Now.AddMinutes(5)),
        ]);
    }

    private static readonly AuthorizedService DotDrugTest = new("DRUG-DOT", "DOT urine drug screen");

    private static Authorization CreateWithDotReason(IReadOnlyCollection<AuthorizedService> services, DotTestReason? reason) =>
        Authorization.Create(Company, "MAIN", Number, Employee(), AuthorizationReason.NonInjury, null, services, null, Today.AddDays(30), Creator, Now, dotTestReason: reason);

    [Fact]
    public void A_DOT_drug_test_is_authorized_with_its_reason_and_keeps_it()
    {
        var authorization = CreateWithDotReason([DotDrugTest, Physical], DotTestReason.PostAccident);

        authorization.DotTestReason.ShouldBe(DotTestReason.PostAccident);
        DotTesting.NameOf(DotTestReason.PostAccident).ShouldBe("Post-accident");
    }

    [Fact]
    public void A_DOT_drug_test_without_a_reason_is_refused()
    {
        var ex = Should.Throw<BusinessRuleViolationException>(() => CreateWithDotReason([DotDrugTest], null));

        ex.RuleName.ShouldBe(nameof(DotTestReasonGoesWithADotTest));
        ex.Message.ShouldBe("Choose the reason for the DOT test.");
    }

    [Fact]
    public void A_DOT_test_reason_without_a_DOT_drug_test_is_refused()
    {
        var ex = Should.Throw<BusinessRuleViolationException>(() => CreateWithDotReason([DrugTest, Physical], DotTestReason.Random));

        ex.RuleName.ShouldBe(nameof(DotTestReasonGoesWithADotTest));
        ex.Message.ShouldBe("A DOT test reason is given only when a DOT drug test is authorized.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Voiding_without_a_reason_is_refused(string reason)
    {
        var authorization = ActiveAuthorization();

        var ex = Should.Throw<BusinessRuleViolationException>(() => authorization.Void(Admin, Now, reason));

        ex.RuleName.ShouldBe(nameof(VoidingSaysWhy));
        authorization.Status.ShouldBe(AuthorizationStatus.Active);
    }

    [Fact]
    public void A_void_reason_longer_than_500_characters_is_refused_and_one_of_500_is_kept_trimmed()
    {
        var tooLong = ActiveAuthorization();
        var justRight = ActiveAuthorization();

        var ex = Should.Throw<BusinessRuleViolationException>(() => tooLong.Void(Admin, Now, new string('x', 501)));
        justRight.Void(Admin, Now, " " + new string('y', 500) + " ");

        ex.RuleName.ShouldBe(nameof(VoidingSaysWhy));
        justRight.VoidReason.ShouldBe(new string('y', 500));
    }
}
