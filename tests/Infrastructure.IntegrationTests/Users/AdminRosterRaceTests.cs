using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Users;
using EmployerPortal.Application.Users.Commands.ChangeUserRole;
using EmployerPortal.Application.Users.Commands.DisableUser;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Users;
using EmployerPortal.Infrastructure.IntegrationTests.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace EmployerPortal.Infrastructure.IntegrationTests.Users;

/// <summary>
/// Two Admins of a two-Admin company remove each other at the same moment: each handler counts two active Admins
/// before either commits. The company's Admin roster token makes the second commit fail, so one Admin remains.
/// </summary>
public sealed class AdminRosterRaceTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly SqliteDatabase _database = new();
    private Company _company = null!;
    private PortalUser _ann = null!;
    private PortalUser _bob = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _company = Company.Provision(AccountNumber.From("4242"), "Race Co", new PostalAddress("1 Main", null, "Austin", "TX", "78701"), "5125550100", Now);
        _ann = ActiveAdmin("ann@race.example");
        _bob = ActiveAdmin("bob@race.example");
        await using var db = _database.CreateContext();
        db.Companies.Add(_company);
        db.Set<PortalUser>().AddRange(_ann, _bob);
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    private PortalUser ActiveAdmin(string email)
    {
        var user = PortalUser.Invite(_company.Id, email, "Pat", "Admin", UserRole.Admin, Now);
        user.Activate(Now);
        return user;
    }

    private FixedActor As(PortalUser user) => FixedActor.Employer(user.Id, _company.Id, UserRole.Admin);

    private static ChangeUserRoleHandler Demote(IServiceProvider scope, ICurrentUser actor)
    {
        scope.GetRequiredService<ActorContext>().RunAs(actor);
        return new(scope.GetRequiredService<IRepository<PortalUser>>(), scope.GetRequiredService<IRepository<Company>>(), actor, TimeProvider.System);
    }

    private static DisableUserHandler Disable(IServiceProvider scope, ICurrentUser actor)
    {
        scope.GetRequiredService<ActorContext>().RunAs(actor);
        return new(
            scope.GetRequiredService<IRepository<PortalUser>>(), scope.GetRequiredService<IRepository<Company>>(),
            Substitute.For<IAccountTokens>(), actor, TimeProvider.System);
    }

    private async Task<int> ActiveAdminsAsync()
    {
        await using var db = _database.CreateContext();
        return await db.Set<PortalUser>().CountAsync(u => u.CompanyId == _company.Id && u.Role == UserRole.Admin && u.Status == UserStatus.Active);
    }

    [Fact]
    public async Task Of_two_admins_demoting_each_other_at_once_the_second_commit_is_refused()
    {
        await using var services = _database.CreateServices();
        await using var annScope = services.CreateAsyncScope();
        await using var bobScope = services.CreateAsyncScope();

        await Demote(annScope.ServiceProvider, As(_ann)).Handle(new ChangeUserRoleCommand(_bob.Id.Value, UserRole.ViewOnly), CancellationToken.None);
        await Demote(bobScope.ServiceProvider, As(_bob)).Handle(new ChangeUserRoleCommand(_ann.Id.Value, UserRole.ViewOnly), CancellationToken.None);

        await annScope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
        await Should.ThrowAsync<ConcurrencyConflictException>(
            () => bobScope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None));

        (await ActiveAdminsAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task A_disable_racing_a_demotion_leaves_the_company_an_active_admin()
    {
        await using var services = _database.CreateServices();
        await using var annScope = services.CreateAsyncScope();
        await using var bobScope = services.CreateAsyncScope();

        await Disable(annScope.ServiceProvider, As(_ann)).Handle(new DisableUserCommand(_bob.Id.Value), CancellationToken.None);
        await Demote(bobScope.ServiceProvider, As(_bob)).Handle(new ChangeUserRoleCommand(_ann.Id.Value, UserRole.ViewOnly), CancellationToken.None);

        await annScope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
        await Should.ThrowAsync<ConcurrencyConflictException>(
            () => bobScope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None));

        (await ActiveAdminsAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Promoting_a_user_does_not_touch_the_roster_token()
    {
        var viewer = PortalUser.Invite(_company.Id, "vic@race.example", "Vic", "Viewer", UserRole.ViewOnly, Now);
        viewer.Activate(Now);
        await using (var db = _database.CreateContext())
        {
            db.Set<PortalUser>().Add(viewer);
            await db.SaveChangesAsync();
        }

        await using var services = _database.CreateServices();
        await using var scope = services.CreateAsyncScope();
        await Demote(scope.ServiceProvider, As(_ann)).Handle(new ChangeUserRoleCommand(viewer.Id.Value, UserRole.Admin), CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);

        await using var check = _database.CreateContext();
        (await check.Companies.SingleAsync(c => c.Id == _company.Id)).AdminRosterVersion.ShouldBe(0);
        (await ActiveAdminsAsync()).ShouldBe(3);
    }
}
