using EmployerPortal.Application.Common.Security;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Results;
using EmployerPortal.Domain.Users;
using EmployerPortal.Infrastructure.Audit;
using EmployerPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Infrastructure.IntegrationTests.Persistence;

/// <summary>
/// Company scope is the data layer's: queries written with no company predicate at all see one company.
/// On SQLite here; the PostgreSQL lane runs the same facts on a real server (OnPostgres/).
/// </summary>
public class TenantScopeTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 15, 0, 0, TimeSpan.Zero);
    private readonly IPortalTestDatabase _database;
    private readonly Company _acme = NewCompany("910001", "Acme Scope");
    private readonly Company _globex = NewCompany("910002", "Globex Scope");

    public TenantScopeTests()
        : this(new SqliteDatabase())
    {
    }

    protected TenantScopeTests(IPortalTestDatabase database) => _database = database;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await using var db = _database.CreatePortalContext();
        db.Companies.AddRange(_acme, _globex);
        foreach (var company in new[] { _acme, _globex })
        {
            var admin = PortalUser.Invite(company.Id, $"admin@{company.AccountNumber.Value}.example", "Pat", "Admin", UserRole.Admin, Now);
            db.PortalUsers.Add(admin);
            var visit = VisitResult.Register(company.Id, $"V-{company.AccountNumber.Value}", new Employee("Ann", "Scope", new DateOnly(1990, 1, 1), "E1"),
                VisitCategory.NonInjury, "Downtown clinic", Now, null, Now);
            visit.AddDocument($"D-{company.AccountNumber.Value}", ResultType.TestAndLabResults, null, ResultOutcome.Pass,
                $"key-{company.AccountNumber.Value}", new string('a', 64), 100, Now);
            db.VisitResults.Add(visit);
            db.AuditEntries.Add(new AuditEntry { At = Now, CompanyId = company.Id.Value, Action = "test.scope" });
        }

        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    private static Company NewCompany(string account, string name) =>
        Company.Provision(AccountNumber.From(account), name, new PostalAddress("1 Main", null, "Dallas", "TX", "75201"), "2145550100", Now);

    private PortalDbContext ContextOf(ICurrentUser actor) => _database.CreatePortalContext(new TenantContext(actor));

    private static FixedActor AdminOf(Company company) => FixedActor.Employer(PortalUserId.New(), company.Id, UserRole.Admin);

    [Fact]
    public async Task Every_company_owned_set_read_with_no_predicate_shows_only_the_signed_in_company()
    {
        await using var db = ContextOf(AdminOf(_acme));

        (await db.Companies.Select(c => c.Id).ToListAsync()).ShouldBe([_acme.Id]);
        (await db.PortalUsers.Select(u => u.CompanyId).Distinct().ToListAsync()).ShouldBe([_acme.Id]);
        (await db.VisitResults.Select(v => v.CompanyId).Distinct().ToListAsync()).ShouldBe([_acme.Id]);
        (await db.Set<ResultDocument>().Select(d => EF.Property<CompanyId>(d, TenantQueryFilters.CompanyKey)).Distinct().ToListAsync()).ShouldBe([_acme.Id]);
        (await db.AuditEntries.Where(a => a.Action == "test.scope").Select(a => a.CompanyId).ToListAsync()).ShouldBe([_acme.Id.Value]);
    }

    [Fact]
    public async Task Another_companys_record_is_not_found_by_its_id()
    {
        await using var db = ContextOf(AdminOf(_globex));

        (await db.VisitResults.AnyAsync(v => v.ExternalVisitId == "V-910001")).ShouldBeFalse();
        (await db.VisitResults.AnyAsync(v => v.ExternalVisitId == "V-910002")).ShouldBeTrue();
    }

    [Theory]
    [InlineData(ActorKind.Anonymous)]
    [InlineData(ActorKind.OpsClient)]
    [InlineData(ActorKind.System)]
    public async Task A_sender_without_a_company_sees_no_company_records(ActorKind kind)
    {
        await using var db = ContextOf(new FixedActor(kind));

        (await db.Companies.CountAsync()).ShouldBe(0);
        (await db.VisitResults.CountAsync()).ShouldBe(0);
        (await db.PortalUsers.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task The_named_opt_out_reads_across_companies()
    {
        await using var db = ContextOf(new FixedActor(ActorKind.Anonymous));

        (await db.VisitResults.AcrossCompanies().CountAsync(v => v.ExternalVisitId.StartsWith("V-91000"))).ShouldBe(2);
    }

    [Fact]
    public void Every_entity_with_a_company_key_carries_the_company_filter()
    {
        using var db = ContextOf(new FixedActor(ActorKind.Anonymous));
        var companyOwned = db.Model.GetEntityTypes().Where(TenantQueryFilters.IsCompanyOwned).ToList();

        companyOwned.Select(t => t.ClrType).ShouldBe(
            [typeof(Company), typeof(PortalUser), typeof(Authorization), typeof(VisitResult), typeof(ResultDocument), typeof(AuditEntry),
             typeof(Domain.Reports.ReportSubscription), typeof(Domain.Reports.DeliveredReport), typeof(Identity.UserSession), typeof(Domain.Notices.PendingNotice), typeof(Domain.Notices.ComplianceReminder),
             typeof(Domain.InjuryCases.InjuryCase), typeof(Domain.InjuryCases.OshaEstablishment), typeof(Domain.Employees.RosterEmployee), typeof(ServicePackage)],
            ignoreOrder: true);
        var unfiltered = db.Model.GetEntityTypes()
            .Where(t => !t.IsOwned() && (TenantQueryFilters.IsCompanyOwned(t) || t.GetProperties().Any(p => p.Name.Contains("Company", StringComparison.Ordinal) && p.Name.EndsWith("Id", StringComparison.Ordinal))))
            .Where(t => t.FindDeclaredQueryFilter(TenantQueryFilters.Company) is null)
            .Select(t => t.ClrType.Name)
            .ToList();
        unfiltered.ShouldBeEmpty("Every entity with a company key needs the company query filter.");
    }

    [Fact]
    public void A_context_made_outside_a_request_has_no_tenant_filters()
    {
        using var db = _database.CreatePortalContext();

        db.Model.GetEntityTypes().Where(t => t.FindDeclaredQueryFilter(TenantQueryFilters.Company) is not null).ShouldBeEmpty();
    }
}
