using EmployerPortal.Infrastructure.Results;
using System.Security.Cryptography;
using EmployerPortal.Domain.Users;
using EmployerPortal.Infrastructure.Documents;
using EmployerPortal.Infrastructure.Identity;
using EmployerPortal.Infrastructure.Pdf;
using EmployerPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.DataGenerator;

/// <summary>
/// Optional additions to a database made by <see cref="ResultsDataGenerator"/>, so it can be served by a running
/// portal (load tests): an active Admin per company who can sign in, and real document files for every result.
/// </summary>
public static class GeneratedDataExtras
{
    /// <summary>How many distinct PDFs back the generated results; the store is content-addressed, so each is one file.</summary>
    private const int DistinctDocuments = 16;

    /// <summary>The sign-in email of the generated Admin of the company with this account number.</summary>
    public static string AdminEmail(string accountNumber) => $"admin{accountNumber}@generated.example";

    /// <summary>
    /// Gives every company that has no user yet an active Admin <see cref="AdminEmail"/> with this password.
    /// The password is hashed once and the hash shared: generated data, not real accounts. Returns the emails, largest company first.
    /// </summary>
    public static async Task<IReadOnlyList<string>> AddAdminsAsync(string databasePath, string password, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(password);
        var options = new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite($"Data Source={databasePath}").Options;
        await using var db = new SqlitePortalDbContext(options);
        var companies = await db.Companies.AsNoTracking()
            .Where(c => !db.PortalUsers.Any(u => u.CompanyId == c.Id))
            .Select(c => new { c.Id, c.AccountNumber })
            .ToListAsync(cancellationToken);
        var visitsPerCompany = await db.VisitResults.AsNoTracking()
            .GroupBy(v => v.CompanyId)
            .Select(g => new { CompanyId = g.Key, Visits = g.Count() })
            .ToDictionaryAsync(g => g.CompanyId, g => g.Visits, cancellationToken);

        var now = DateTimeOffset.UtcNow;
        var passwordHash = new PasswordHasher<PortalIdentityUser>().HashPassword(new PortalIdentityUser(), password);
        var emails = new List<(string Email, int Visits)>(companies.Count);
        foreach (var company in companies)
        {
            var email = AdminEmail(company.AccountNumber.Value);
            var user = PortalUser.InviteFirstAdmin(company.Id, email, "Generated", "Admin", now);
            user.Activate(now);
            db.PortalUsers.Add(user);
            db.Users.Add(new PortalIdentityUser
            {
                Id = user.Id.Value,
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true,
                LockoutEnabled = true,
                PasswordHash = passwordHash,
                SecurityStamp = Guid.NewGuid().ToString("N"),
                ConcurrencyStamp = Guid.NewGuid().ToString(),
            });
            emails.Add((email, visitsPerCompany.GetValueOrDefault(company.Id)));
        }

        await db.SaveChangesAsync(cancellationToken);
        return emails.OrderByDescending(e => e.Visits).Select(e => e.Email).ToList();
    }

    /// <summary>
    /// Writes real PDFs into <paramref name="dataDirectory"/>'s document store and points every result document at one
    /// of them (storage key, SHA-256 and size), so downloads pass the store's integrity check.
    /// </summary>
    public static async Task WriteDocumentFilesAsync(string databasePath, string dataDirectory, CancellationToken cancellationToken = default)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath}");
        await connection.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        for (var index = 0; index < DistinctDocuments; index++)
        {
            var content = SamplePdf.Create(
                $"Generated result {index + 1}",
                ["Generated for load and benchmark runs.", $"Sample {index + 1} of {DistinctDocuments}."],
                pages: 1 + (index % 3));
            var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
            var storageKey = FileSystemDocumentStore.StorageKeyFor(sha256);
            var path = Path.Combine([dataDirectory, "documents", .. storageKey.Split('/')]);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, content, cancellationToken);

            await using var update = connection.CreateCommand();
            update.Transaction = transaction;
            update.CommandText = "UPDATE ResultDocuments SET StorageKey = $key, Sha256 = $sha, SizeBytes = $size WHERE rowid % $count = $index";
            update.Parameters.AddWithValue("$key", storageKey);
            update.Parameters.AddWithValue("$sha", sha256);
            update.Parameters.AddWithValue("$size", content.LongLength);
            update.Parameters.AddWithValue("$count", DistinctDocuments);
            update.Parameters.AddWithValue("$index", index);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
