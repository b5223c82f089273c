using EmployerPortal.Application.Authorizations.Queries.SearchAuthorizations;
using EmployerPortal.Application.Authorizations.Specifications;
using EmployerPortal.Application.Employees.Specifications;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Users;
using EmployerPortal.Infrastructure.Persistence.Specifications;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Infrastructure.IntegrationTests.Persistence;

/// <summary>
/// The case- and accent-insensitive name search answers in the database exactly what <see cref="Application.Results.EmployeeNameKey"/>
/// answers in memory: the same specification is run by the database and over the same rows in C#, and must agree.
/// On SQLite here (a registered function); the PostgreSQL lane runs the same cases on a real server (unaccent in SQL).
/// </summary>
public abstract class FoldedNameSearchTests(IPortalTestDatabase database) : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 15, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 12, 1);
    private readonly Company _company = Company.Provision(AccountNumber.From("930001"), "Folded Names", new PostalAddress("1 Main", null, "Dallas", "TX", "75201"), "2145550100", Now);
    private readonly List<Authorization> _authorizations = [];

    private static readonly (string First, string Last)[] Names =
    [
        ("José", "Muñoz"), ("Siobhán", "O’Brien"), ("Ann-Marie", "Lee"), ("Jürgen", "Straße"), ("ØYVIND", "ÆRØ"),
        ("Zoë", "St. Clair"), ("Łukasz", "Đorđević"), ("Joseph", "Ray"), ("renée", "d'ARCY"),
    ];

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        await using var db = database.CreatePortalContext();
        db.Companies.Add(_company);
        var admin = PortalUser.Invite(_company.Id, "admin@folded.example", "Pat", "Admin", UserRole.Admin, Now);
        db.PortalUsers.Add(admin);
        var random = new Random(7);
        foreach (var (first, last) in Names)
        {
            var authorization = Authorization.Create(
                _company.Id, "MAIN", AuthorizationNumber.Generate(random), new Employee(first, last, new DateOnly(1990, 1, 1)),
                AuthorizationReason.NonInjury, null, [new AuthorizedService("PHYS-DOT", "DOT physical")], null,
                Today.AddDays(30), admin.Id, Now);
            _authorizations.Add(authorization);
            db.Authorizations.Add(authorization);
        }

        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => database.DisposeAsync();

    public static TheoryData<string> Searches =>
    [
        "munoz", "MUÑOZ", "Muñoz, José", "jose munoz", "obrien", "O'Brien", "o’brien siobhan", "ann marie", "ann-marie lee",
        "strasse", "STRASSE", "oyvind", "aero", "zoe", "st clair", "St. Clair", "lukasz dordevic", "jos", "renee darcy", "darcy",
        "lee ann", "nobody",
    ];

    [Theory]
    [MemberData(nameof(Searches))]
    public async Task The_database_matches_the_names_the_folded_key_matches(string search)
    {
        var spec = new AuthorizationsForSearchSpec(new AuthorizationSearchCriteria(EmployeeName: search), Today);
        var expected = spec.Evaluate(_authorizations).Select(a => a.EmployeeLastName).Order(StringComparer.Ordinal).ToList();
        await using var db = database.CreatePortalContext();

        var found = (await EfSpecificationEvaluator.GetQuery(db.Authorizations.AsNoTracking(), spec).ToListAsync())
            .Select(a => a.EmployeeLastName).Order(StringComparer.Ordinal).ToList();

        found.ShouldBe(expected);
        (search == "nobody" ? expected.Count == 0 : expected.Count > 0).ShouldBeTrue($"the case '{search}' checks a match, or no match for 'nobody'");
    }
}

/// <summary>The folded name search on SQLite.</summary>
public sealed class SqliteFoldedNameSearchTests() : FoldedNameSearchTests(new SqliteDatabase());
