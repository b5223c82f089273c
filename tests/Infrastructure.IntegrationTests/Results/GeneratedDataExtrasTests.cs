using EmployerPortal.DataGenerator;
using EmployerPortal.Domain.Results;
using EmployerPortal.Infrastructure.Documents;
using EmployerPortal.Infrastructure.Identity;
using EmployerPortal.Infrastructure.Options;
using EmployerPortal.Infrastructure.Persistence;
using EmployerPortal.Infrastructure.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace EmployerPortal.Infrastructure.IntegrationTests.Results;

public sealed class GeneratedDataExtrasTests : IAsyncLifetime
{
    private const string Password = "Load-Test-2026!";
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "employer-portal-generated-tests", Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(_dataDirectory, "portal.db");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dataDirectory);
        await ResultsDataGenerator.GenerateAsync(DatabasePath, companies: 3, results: 300);
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Every_generated_result_can_be_read_from_the_document_store_with_its_hash_checked()
    {
        await GeneratedDataExtras.WriteDocumentFilesAsync(DatabasePath, _dataDirectory);

        await using var db = OpenContext();
        var documents = await db.Set<ResultDocument>().AsNoTracking().Select(d => new { d.StorageKey, d.Sha256, d.SizeBytes }).ToListAsync();
        documents.Count.ShouldBe(300);
        var store = new FileSystemDocumentStore(new PortalPaths(_dataDirectory, _dataDirectory), NullLogger<FileSystemDocumentStore>.Instance);
        foreach (var document in documents.Distinct())
        {
            await using var content = await store.OpenReadAsync(document.StorageKey, document.Sha256, CancellationToken.None);
            content.Length.ShouldBe(document.SizeBytes);
            var head = new byte[5];
            await content.ReadExactlyAsync(head);
            head.ShouldBe("%PDF-"u8.ToArray());
        }
    }

    [Fact]
    public async Task Each_company_gets_an_active_admin_with_the_password_and_a_second_call_adds_none()
    {
        var emails = await GeneratedDataExtras.AddAdminsAsync(DatabasePath, Password);
        var again = await GeneratedDataExtras.AddAdminsAsync(DatabasePath, Password);

        emails.Count.ShouldBe(3);
        again.ShouldBeEmpty();
        await using var db = OpenContext();
        var largest = await db.VisitResults.GroupBy(v => v.CompanyId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var largestAccount = await db.Companies.Where(c => c.Id == largest).Select(c => c.AccountNumber).SingleAsync();
        emails[0].ShouldBe(GeneratedDataExtras.AdminEmail(largestAccount.Value));
        foreach (var email in emails)
        {
            var user = await db.PortalUsers.SingleAsync(u => u.Email == email);
            user.IsActiveAdmin.ShouldBeTrue();
            var credentials = await db.Users.SingleAsync(u => u.NormalizedUserName == email.ToUpperInvariant());
            credentials.Id.ShouldBe(user.Id.Value);
            new PasswordHasher<PortalIdentityUser>().VerifyHashedPassword(credentials, credentials.PasswordHash!, Password)
                .ShouldBe(PasswordVerificationResult.Success);
        }
    }

    private SqlitePortalDbContext OpenContext() =>
        new(new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite($"Data Source={DatabasePath}").Options);
}
