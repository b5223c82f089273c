using EmployerPortal.Application.Authorizations.Queries.SearchAuthorizations;
using EmployerPortal.Application.Authorizations.Specifications;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Common;

namespace EmployerPortal.Application.UnitTests.Authorizations;

public sealed class AuthorizationsForSearchSpecTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 15, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);
    private static readonly CompanyId Acme = CompanyId.New();
    private static readonly PortalUserId User = PortalUserId.New();
    private static int _draw;

    private static Authorization New(
        string first,
        string last,
        CompanyId? company = null,
        AuthorizationReason reason = AuthorizationReason.NonInjury,
        DateTimeOffset? createdAt = null,
        DateOnly? validUntil = null)
    {
        var created = createdAt ?? Now;
        var seed = Interlocked.Increment(ref _draw);
        return Authorization.Create(
            company ?? Acme, "MAIN",
            AuthorizationNumber.Generate(new Random(seed)),
            new Employee(first, last, new DateOnly(1990, 1, 1)),
            reason,
            reason == AuthorizationReason.Injury ? new InjuryDetails(DateOnly.FromDateTime(created.UtcDateTime), "Cut") : null,
            [new AuthorizedService("PHYS-DOT", "DOT physical")],
            null,
            validUntil ?? DateOnly.FromDateTime(created.UtcDateTime).AddDays(30),
            User,
            created);
    }

    private static List<AuthorizationListItemDto> Search(IEnumerable<Authorization> all, AuthorizationSearchCriteria criteria) =>
        new AuthorizationsForSearchSpec(criteria, Today).Evaluate(all).ToList();

    [Fact]
    public void The_employee_name_matches_any_part_of_first_and_last_name_ignoring_case()
    {
        var all = new[] { New("José", "Muñoz"), New("Ann", "Lee"), New("Joseph", "Ray") };

        Search(all, new(EmployeeName: "jos")).Select(r => r.EmployeeLastName).ShouldBe(["Muñoz", "Ray"], ignoreOrder: true);
        Search(all, new(EmployeeName: "ann lee")).ShouldHaveSingleItem().EmployeeLastName.ShouldBe("Lee");
    }

    [Fact]
    public void The_number_matches_exactly_however_it_was_typed()
    {
        var wanted = New("Ann", "Wanted");
        var other = New("Bob", "Other");

        Search([wanted, other], new(Number: wanted.Number.Display.ToLowerInvariant())).ShouldHaveSingleItem().EmployeeLastName.ShouldBe("Wanted");
    }

    [Fact]
    public void Expired_means_stored_expired_or_active_past_valid_until_and_active_excludes_those()
    {
        var active = New("A", "Active");
        var pastValidUntil = New("P", "Past", createdAt: Now.AddDays(-40), validUntil: Today.AddDays(-10));
        var used = New("U", "Used");
        used.CheckIn("V-1", Now);
        var voided = New("V", "Voided");
        voided.Void(User, Now, "No longer needed");
        var all = new[] { active, pastValidUntil, used, voided };

        Search(all, new(Status: AuthorizationStatus.Expired)).ShouldHaveSingleItem().EmployeeLastName.ShouldBe("Past");
        Search(all, new(Status: AuthorizationStatus.Active)).ShouldHaveSingleItem().EmployeeLastName.ShouldBe("Active");
        Search(all, new(Status: AuthorizationStatus.Used)).ShouldHaveSingleItem().EmployeeLastName.ShouldBe("Used");
        Search(all, new(Status: AuthorizationStatus.Voided)).ShouldHaveSingleItem().EmployeeLastName.ShouldBe("Voided");
    }

    [Fact]
    public void Reason_and_created_date_range_filter_inclusively_by_calendar_day()
    {
        var injury = New("I", "Injury", reason: AuthorizationReason.Injury, createdAt: Now.AddDays(-3));
        var early = New("E", "Early", createdAt: Now.AddDays(-10));
        var lateOnTheLastDay = New("L", "Late", createdAt: new DateTimeOffset(2026, 11, 18, 23, 59, 0, TimeSpan.Zero));
        var all = new[] { injury, early, lateOnTheLastDay };

        Search(all, new(Reason: AuthorizationReason.Injury)).ShouldHaveSingleItem().EmployeeLastName.ShouldBe("Injury");
        Search(all, new(CreatedFrom: Today.AddDays(-3), CreatedTo: Today.AddDays(-2))).Select(r => r.EmployeeLastName).ShouldBe(["Late", "Injury"], ignoreOrder: true);
    }

    [Fact]
    public void Results_are_sorted_by_the_chosen_column_and_paged()
    {
        var all = Enumerable.Range(0, 5).Select(i => New("X", $"Name{i}", createdAt: Now.AddMinutes(i))).ToList();

        Search(all, new(Sort: AuthorizationSort.EmployeeName, Descending: false, Page: 2, PageSize: 2)).Select(r => r.EmployeeLastName).ShouldBe(["Name2", "Name3"]);
        Search(all, new(Sort: AuthorizationSort.CreatedAt, Descending: true, Page: 1, PageSize: 2)).Select(r => r.EmployeeLastName).ShouldBe(["Name4", "Name3"]);
        Search(all, new(Page: 3, PageSize: 2)).ShouldHaveSingleItem().EmployeeLastName.ShouldBe("Name0");
    }
}
