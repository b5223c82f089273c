using EmployerPortal.Web.FunctionalTests.Infrastructure;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Notices;
using EmployerPortal.Infrastructure.Identity;
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
    public async Task Sessions_finished_a_month_ago_and_notices_sent_three_months_ago_are_removed_and_live_ones_kept()
    {
        var now = factory.Clock.GetUtcNow();
        var admin = await factory.WithDbAsync(db => db.PortalUsers.AsNoTracking().SingleAsync(u => u.Email == DemoDataSeeder.Acme.AdminEmail));
        var company = admin.CompanyId;
        var ended = UserSession.Start(admin.Id.Value, company.Value, now.AddDays(-40), TimeSpan.FromHours(12));
        ended.End(now.AddDays(-40).AddHours(1), Application.Common.Security.SessionEndReason.SignedOut);
        var open = UserSession.Start(admin.Id.Value, company.Value, now, TimeSpan.FromHours(12));
        var withDocument = await factory.WithDbAsync(db => db.VisitResults.AsNoTracking().Include(v => v.Documents)
            .FirstAsync(v => v.CompanyId == company && v.Documents.Any()));
        var visit = new { VisitId = withDocument.Id, DocumentId = withDocument.Documents[0].Id };
        var sent = PendingNotice.Create(company, "old@acme.example", null, visit.VisitId, visit.DocumentId, now.AddDays(-100), now.AddDays(-100));
        sent.MarkSent(now.AddDays(-100));
        var unsent = PendingNotice.Create(company, "waiting@acme.example", null, visit.VisitId, visit.DocumentId, now.AddDays(-100), now.AddDays(-100));
        await factory.WithDbAsync(async db =>
        {
            db.UserSessions.AddRange(ended, open);
            db.Set<PendingNotice>().AddRange(sent, unsent);
            return await db.SaveChangesAsync();
        });

        await RunAsync();

        var sessions = await factory.WithDbAsync(db => db.UserSessions.AsNoTracking().Where(s => s.Id == ended.Id || s.Id == open.Id).Select(s => s.Id).ToListAsync());
        sessions.ShouldBe([open.Id]);
        var notices = await factory.WithDbAsync(db => db.Set<PendingNotice>().AsNoTracking()
            .Where(n => n.RecipientEmail == "old@acme.example" || n.RecipientEmail == "waiting@acme.example").Select(n => n.RecipientEmail).ToListAsync());
        notices.ShouldBe(["waiting@acme.example"], "a notice not yet sent is never removed");
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
                company.Id, "MAIN",
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
