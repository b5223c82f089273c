using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Email;
using EmployerPortal.Application.Common.Events;
using EmployerPortal.Application.Common.Links;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Users;
using EmployerPortal.Application.Users.Commands.InviteUser;
using EmployerPortal.Application.Users.EventHandlers;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Users;
using EmployerPortal.Infrastructure.Audit;
using EmployerPortal.Infrastructure.Email;
using EmployerPortal.Infrastructure.Identity;
using EmployerPortal.Infrastructure.IntegrationTests.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace EmployerPortal.Infrastructure.IntegrationTests.Users;

/// <summary>An invitation's token, email and audit entry land with the invited user, in one transaction, or not at all.</summary>
public sealed class InvitationTransactionTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 15, 0, 0, TimeSpan.Zero);
    private readonly SqliteDatabase _database = new();
    private readonly Company _company = Company.Provision(AccountNumber.From("920001"), "Invite Co", new PostalAddress("1 Main", null, "Dallas", "TX", "75201"), "2145550100", Now);

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await using var db = _database.CreateContext();
        db.Companies.Add(_company);
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    private ServiceProvider Services(bool failAfterTheEmail) => _database.CreateServices(services =>
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new EmailOptions { From = "no-reply@portal.example" }));
        var links = Substitute.For<IPortalLinks>();
        links.To(Arg.Any<string>(), Arg.Any<IReadOnlyDictionary<string, string?>>()).Returns(new Uri("https://portal.example/Account/AcceptInvitation?token=t"));
        services.AddSingleton(links);
        services.AddSingleton(new PortalBrand("Occupational Health Partners"));
        services.AddScoped<IAccountTokens, AccountTokens>();
        services.AddScoped<IEmailOutbox, EmailOutbox>();
        services.AddScoped<IAuditTrail, AuditTrail>();
        services.AddScoped<IDomainEventHandler<UserInvited>, SendInvitationWhenUserInvited>();
        services.AddScoped<IDomainEventHandler<UserInvited>, AuditUserAccessChanges>();
        if (failAfterTheEmail)
        {
            services.AddScoped(_ => SqliteDatabase.Handler<UserInvited>(_ => throw new InvalidOperationException("a later consequence failed")));
        }
    });

    private async Task InviteAsync(ServiceProvider services, string email)
    {
        await using var scope = services.CreateAsyncScope();
        var admin = FixedActor.Employer(PortalUserId.New(), _company.Id, UserRole.Admin);
        scope.ServiceProvider.GetRequiredService<ActorContext>().RunAs(admin);
        var handler = new InviteUserHandler(scope.ServiceProvider.GetRequiredService<IRepository<PortalUser>>(), scope.ServiceProvider.GetRequiredService<IRepository<Domain.Companies.Company>>(), admin, TimeProvider.System);
        await handler.Handle(new InviteUserCommand(email, "Ivy", "Invitee", UserRole.ViewOnly), CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
    }

    private async Task<(int Users, int Tokens, int Emails, int AuditEntries)> RowsForAsync(string email)
    {
        await using var db = _database.CreateContext();
        var userIds = await db.PortalUsers.Where(u => u.Email == email).Select(u => u.Id).ToListAsync();
        var ids = userIds.Select(id => id.Value).ToList();
        var targets = ids.Select(id => id.ToString()).ToList();
        return (
            userIds.Count,
            await db.AccountTokens.CountAsync(t => ids.Contains(t.UserId)),
            await db.OutboxMessages.CountAsync(m => m.To == email),
            await db.AuditEntries.CountAsync(a => a.Action == AuditActions.UserInvited && targets.Contains(a.TargetId!)));
    }

    [Fact]
    public async Task The_invited_user_their_token_email_and_audit_entry_are_committed_together()
    {
        await using var services = Services(failAfterTheEmail: false);

        await InviteAsync(services, "ivy@invite.example");

        (await RowsForAsync("ivy@invite.example")).ShouldBe((1, 1, 1, 1));
    }

    [Fact]
    public async Task When_a_consequence_fails_neither_the_user_nor_any_consequence_is_saved()
    {
        await using var services = Services(failAfterTheEmail: true);

        await Should.ThrowAsync<InvalidOperationException>(() => InviteAsync(services, "ivy.fails@invite.example"));

        (await RowsForAsync("ivy.fails@invite.example")).ShouldBe((0, 0, 0, 0));
    }
}
