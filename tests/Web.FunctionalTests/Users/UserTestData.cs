using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Users.Commands.InviteUser;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Users;
using EmployerPortal.Infrastructure.Audit;
using EmployerPortal.DemoData;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Web.FunctionalTests.Users;

/// <summary>Arranges users through the application's own commands (invited by the demo Admin, activated by the system).</summary>
public static class UserTestData
{
    public const string NewPassword = "Fresh-Password-2026";

    public static Task<PortalUser> UserAsync(this PortalFactory factory, string email) =>
        factory.WithDbAsync(db => db.PortalUsers.AsNoTracking().SingleAsync(u => u.Email == email));

    public static async Task<FixedActor> AdminActorAsync(this PortalFactory factory, string adminEmail)
    {
        var admin = await factory.UserAsync(adminEmail);
        return FixedActor.Employer(admin.Id, admin.CompanyId, UserRole.Admin);
    }

    public static async Task<Guid> InvitedUserAsync(this PortalFactory factory, string email, UserRole role = UserRole.ViewOnly, string adminEmail = "admin@acme.example", IReadOnlyList<string>? locations = null)
    {
        var admin = await factory.AdminActorAsync(adminEmail);
        return (await factory.SendAsync(s => s.Send(new InviteUserCommand(email, "Test", "User", role, locations)), admin)).ShouldNotBeNull();
    }

    public static async Task<Guid> ActiveUserAsync(this PortalFactory factory, string email, UserRole role = UserRole.ViewOnly, string adminEmail = "admin@acme.example", IReadOnlyList<string>? locations = null)
    {
        var id = await factory.InvitedUserAsync(email, role, adminEmail, locations);
        await DemoAccounts.SetInitialPasswordAsync(factory.Services, id, DemoDataSeeder.DemoPassword);
        return id;
    }

    public static Task<List<AuditEntry>> AuditAsync(this PortalFactory factory, string action, Guid targetUserId) =>
        factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == action && a.TargetId == targetUserId.ToString())
            .ToListAsync());

    public static Dictionary<string, string> NoFields() => new();
}
