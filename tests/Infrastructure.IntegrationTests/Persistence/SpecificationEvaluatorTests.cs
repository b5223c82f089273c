using Ardalis.Specification;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Results;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Infrastructure.Persistence.Specifications;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Infrastructure.IntegrationTests.Persistence;

public sealed class SpecificationEvaluatorTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly SqliteDatabase _database = new();
    private CompanyId _companyId;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await using var db = _database.CreateContext();
        var company = Company.Provision(AccountNumber.From("4242"), "Spec Co", new PostalAddress("1 Main", null, "Austin", "TX", "78701"), "5125550100", Now);
        _companyId = company.Id;
        db.Companies.Add(company);
        foreach (var (first, last, id) in new[] { ("Ana", "Lopez", "V-1"), ("Bob", "Lopez", "V-2"), ("Cleo", "Smith", "V-3") })
        {
            var visit = VisitResult.Register(company.Id, id, new Employee(first, last, new DateOnly(1990, 1, 1)), VisitCategory.NonInjury, "Downtown", Now.AddDays(-1), null, Now);
            visit.AddDocument($"D-{id}", ResultType.FitTestResults, null, ResultOutcome.Pass, $"key-{id}", new string('a', 64), 10, Now);
            db.VisitResults.Add(visit);
        }

        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    private sealed class VisitsSearchSpec : Specification<VisitResult>
    {
        public VisitsSearchSpec(CompanyId companyId, string lastNamePattern, bool includeDocuments)
        {
            Query.Where(v => v.CompanyId == companyId)
                .Search(v => v.Employee.LastName, lastNamePattern)
                .OrderBy(v => v.ExternalVisitId)
                .AsNoTracking();
            if (includeDocuments)
            {
                Query.Include(v => v.Documents);
            }
        }
    }

    [Fact]
    public async Task Search_becomes_a_LIKE_in_SQL_and_where_and_order_apply()
    {
        await using var db = _database.CreateContext();

        var query = EfSpecificationEvaluator.GetQuery(db.VisitResults, new VisitsSearchSpec(_companyId, "Lop%", includeDocuments: false));
        var found = await query.ToListAsync();

        query.ToQueryString().ShouldContain("LIKE");
        found.Select(v => v.ExternalVisitId).ShouldBe(["V-1", "V-2"]);
    }

    [Fact]
    public async Task AsNoTracking_leaves_the_change_tracker_empty()
    {
        await using var db = _database.CreateContext();

        await EfSpecificationEvaluator.GetQuery(db.VisitResults, new VisitsSearchSpec(_companyId, "%", includeDocuments: false)).ToListAsync();

        db.ChangeTracker.Entries().ShouldBeEmpty();
    }

    [Fact]
    public async Task Include_loads_the_navigation_and_without_it_the_collection_stays_empty()
    {
        await using var withInclude = _database.CreateContext();
        await using var withoutInclude = _database.CreateContext();

        var included = await EfSpecificationEvaluator.GetQuery(withInclude.VisitResults, new VisitsSearchSpec(_companyId, "Smith", includeDocuments: true)).SingleAsync();
        var notIncluded = await EfSpecificationEvaluator.GetQuery(withoutInclude.VisitResults, new VisitsSearchSpec(_companyId, "Smith", includeDocuments: false)).SingleAsync();

        included.Documents.ShouldHaveSingleItem().ExternalDocumentId.ShouldBe("D-V-3");
        notIncluded.Documents.ShouldBeEmpty();
    }

    [Fact]
    public async Task Search_terms_in_one_group_are_ORed()
    {
        await using var db = _database.CreateContext();
        var spec = new Specification<VisitResult>();
        spec.Query.Search(v => v.Employee.FirstName, "Ana", 1).Search(v => v.Employee.FirstName, "Cleo", 1);

        var found = await EfSpecificationEvaluator.GetQuery(db.VisitResults, spec).Select(v => v.ExternalVisitId).ToListAsync();

        found.ShouldBe(["V-1", "V-3"], ignoreOrder: true);
    }
}
