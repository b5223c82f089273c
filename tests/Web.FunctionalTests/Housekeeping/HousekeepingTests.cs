using EmployerPortal.Web.FunctionalTests.Infrastructure;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Infrastructure.Jobs;
using EmployerPortal.DemoData;
using EmployerPortal.Web.FunctionalTests.Letters;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EmployerPortal.Web.FunctionalTests.Housekeeping;

public sealed class HousekeepingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task RunAsync() => factory.Services.GetRequiredService<HousekeepingJob>().RunAsync(CancellationToken.None);

    [Fact]
    public async Task Authorizations_past_valid_until_are_stored_as_expired_and_current_ones_are_left_alone()
    {
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);
        var stale = await AuthorizationAsync(today.AddDays(1));
        var current = await AuthorizationAsync(today.AddDays(30));

        factory.Clock.Advance(TimeSpan.FromDays(3));
        await RunAsync();
        await RunAsync();

        var statuses = await factory.WithDbAsync(db => db.Authorizations.AsNoTracking()
            .Where(a => a.Id == stale || a.Id == current).ToDictionaryAsync(a => a.Id, a => a));
        statuses[stale].Status.ShouldBe(AuthorizationStatus.Expired);
        statuses[stale].StatusHistory.Count(h => h.Status == AuthorizationStatus.Expired).ShouldBe(1);
        statuses[current].Status.ShouldBe(AuthorizationStatus.Active);
    }

    [Fact]
    public async Task Orphaned_temporary_files_are_removed_and_nothing_else_is_touched()
    {
        var tmp = Path.Combine(factory.DataDirectory, "documents", "tmp");
        Directory.CreateDirectory(tmp);
        var orphan = Path.Combine(tmp, $"{Guid.NewGuid():N}.tmp");
        var inFlight = Path.Combine(tmp, $"{Guid.NewGuid():N}.tmp");
        var keeper = Path.Combine(factory.DataDirectory, "documents", "keep-me.pdf");
        foreach (var path in new[] { orphan, inFlight, keeper })
        {
            await File.WriteAllTextAsync(path, "x");
        }

        var now = factory.Clock.GetUtcNow().UtcDateTime;
        File.SetLastWriteTimeUtc(orphan, now.AddDays(-2));
        File.SetLastWriteTimeUtc(keeper, now.AddDays(-400));
        File.SetLastWriteTimeUtc(inFlight, now.AddMinutes(-5));
        var lastAuditBefore = await factory.WithDbAsync(db => db.AuditEntries.MaxAsync(a => (long?)a.Id)) ?? 0;
        var auditBefore = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Id <= lastAuditBefore));

        await RunAsync();

        File.Exists(orphan).ShouldBeFalse();
        File.Exists(inFlight).ShouldBeTrue("a temporary file still being written is not an orphan");
        File.Exists(keeper).ShouldBeTrue();
        File.Exists(Path.Combine(factory.DataDirectory, "portal.db")).ShouldBeTrue();
        (await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Id <= lastAuditBefore)))
            .ShouldBe(auditBefore, "the entries that were there are never touched");
    }

    private Task<Domain.Common.AuthorizationId> AuthorizationAsync(DateOnly validUntil) =>
        factory.WithDbAsync(async db =>
        {
            var company = await db.Companies.SingleAsync(c => c.AccountNumber == AccountNumber.From(DemoDataSeeder.Acme.AccountNumber));
            var admin = await db.PortalUsers.SingleAsync(u => u.Email == DemoDataSeeder.Acme.AdminEmail);
            var authorization = Authorization.Create(
                company.Id,
                AuthorizationNumber.Generate(Random.Shared),
                VisitArrangements.JoseMunoz,
                AuthorizationReason.NonInjury,
                null,
                [new AuthorizedService("DOT", "DOT physical")],
                null,
                validUntil,
                admin.Id,
                factory.Clock.GetUtcNow());
            db.Authorizations.Add(authorization);
            await db.SaveChangesAsync();
            return authorization.Id;
        });
}
