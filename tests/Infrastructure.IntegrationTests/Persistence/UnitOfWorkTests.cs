using EmployerPortal.Application.Common.Security;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Users;
using EmployerPortal.Application.Common.Events;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Domain.AccountRequests;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EmployerPortal.Infrastructure.IntegrationTests.Persistence;

public sealed class UnitOfWorkTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly SqliteDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    private static Company NewCompany(string account = "5555") =>
        Company.Provision(AccountNumber.From(account), "Event Co", new PostalAddress("1 Main", null, "Austin", "TX", "78701"), "5125550100", Now);

    [Fact]
    public async Task In_process_handlers_run_before_the_commit_and_what_they_add_lands_in_the_same_transaction()
    {
        bool? committedWhenHandled = null;
        await using var services = _database.CreateServices(s => s.AddScoped(sp => SqliteDatabase.Handler<CompanyProvisioned>(async e =>
        {
            await using var other = _database.CreateContext();
            committedWhenHandled = await other.Companies.AnyAsync(c => c.Id == e.CompanyId);
            sp.GetRequiredService<IRepository<AccountRequest>>().Add(NewAccountRequest("handler@event.example"));
        })));
        await using var scope = services.CreateAsyncScope();

        scope.ServiceProvider.GetRequiredService<IRepository<Company>>().Add(NewCompany());
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);

        committedWhenHandled.ShouldBe(false);
        await using var check = _database.CreateContext();
        (await check.Companies.CountAsync(c => c.AccountNumber == AccountNumber.From("5555"))).ShouldBe(1);
        (await check.Set<AccountRequest>().CountAsync(r => r.Email == "handler@event.example")).ShouldBe(1);
    }

    [Fact]
    public async Task A_handler_that_throws_rolls_the_change_back()
    {
        await using var services = _database.CreateServices(s => s.AddScoped(_ => SqliteDatabase.Handler<CompanyProvisioned>(_ =>
            throw new InvalidOperationException("the consequence failed"))));
        await using var scope = services.CreateAsyncScope();

        scope.ServiceProvider.GetRequiredService<IRepository<Company>>().Add(NewCompany("6666"));
        await Should.ThrowAsync<InvalidOperationException>(
            () => scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None));

        await using var check = _database.CreateContext();
        (await check.Companies.AnyAsync(c => c.AccountNumber == AccountNumber.From("6666"))).ShouldBeFalse();
    }

    [Fact]
    public async Task Committed_state_handlers_run_after_the_commit()
    {
        bool? committedWhenHandled = null;
        await using var services = _database.CreateServices(s => s.AddScoped(_ => SqliteDatabase.CommittedHandler<CompanyProvisioned>(async e =>
        {
            await using var other = _database.CreateContext();
            committedWhenHandled = await other.Companies.AnyAsync(c => c.Id == e.CompanyId);
        })));
        await using var scope = services.CreateAsyncScope();

        scope.ServiceProvider.GetRequiredService<IRepository<Company>>().Add(NewCompany("4444"));
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);

        committedWhenHandled.ShouldBe(true);
    }

    [Fact]
    public async Task Two_scopes_saving_the_same_unique_key_at_once_give_one_row_and_a_duplicate_record_conflict()
    {
        await using var services = _database.CreateServices();
        await using var first = services.CreateAsyncScope();
        await using var second = services.CreateAsyncScope();

        first.ServiceProvider.GetRequiredService<IRepository<Company>>().Add(NewCompany("3333"));
        second.ServiceProvider.GetRequiredService<IRepository<Company>>().Add(NewCompany("3333"));
        await first.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
        var conflict = await Should.ThrowAsync<DuplicateRecordException>(
            () => second.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None));

        conflict.ShouldBeAssignableTo<ConflictException>();
        await using var check = _database.CreateContext();
        (await check.Companies.CountAsync(c => c.AccountNumber == AccountNumber.From("3333"))).ShouldBe(1);
    }

    private static AccountRequest NewAccountRequest(string email) =>
        AccountRequest.Submit("Event Co", "Pat Lee", email, "5125550100", 12, ["78701"], ServicesOfInterest.InjuryCare, null, Now);

    [Fact]
    public async Task An_event_is_dispatched_once_even_when_the_scope_saves_again()
    {
        var handled = 0;
        await using var services = _database.CreateServices(s => s.AddScoped(_ => SqliteDatabase.Handler<CompanyProvisioned>(_ =>
        {
            handled++;
            return Task.CompletedTask;
        })));
        await using var scope = services.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();

        scope.ServiceProvider.GetRequiredService<IRepository<Company>>().Add(NewCompany());
        await unitOfWork.SaveChangesAsync(CancellationToken.None);
        await unitOfWork.SaveChangesAsync(CancellationToken.None);

        handled.ShouldBe(1);
    }

    [Fact]
    public async Task A_stale_edit_of_a_company_is_refused_as_a_concurrency_conflict()
    {
        var company = NewCompany("7777");
        await using (var db = _database.CreateContext())
        {
            db.Companies.Add(company);
            await db.SaveChangesAsync();
        }

        await using var services = _database.CreateServices();
        await using var first = services.CreateAsyncScope();
        await using var second = services.CreateAsyncScope();
        var admin = FixedActor.Employer(PortalUserId.New(), company.Id, UserRole.Admin);
        first.ServiceProvider.GetRequiredService<ActorContext>().RunAs(admin);
        second.ServiceProvider.GetRequiredService<ActorContext>().RunAs(admin);
        var spec = new CompanyByIdSpec(company.Id);
        var firstCopy = (await first.ServiceProvider.GetRequiredService<IRepository<Company>>().FirstOrDefaultAsync(spec, CancellationToken.None))!;
        var secondCopy = (await second.ServiceProvider.GetRequiredService<IRepository<Company>>().FirstOrDefaultAsync(spec, CancellationToken.None))!;
        var contacts = new[] { new CompanyContact("Pat", null, "pat@x.example", null, ContactNotices.NewResults) };

        firstCopy.UpdateAccountDetails(firstCopy.Address, "5125550111", "first", contacts);
        await first.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
        secondCopy.UpdateAccountDetails(secondCopy.Address, "5125550222", "second", contacts);

        await Should.ThrowAsync<ConcurrencyConflictException>(() => second.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None));
        await using var check = _database.CreateContext();
        (await check.Companies.SingleAsync(c => c.Id == company.Id)).SpecialInstructions.ShouldBe("first");
    }

    [Fact]
    public async Task A_company_round_trips_with_its_value_objects_and_contacts()
    {
        var company = NewCompany("8888");
        company.UpdateAccountDetails(new PostalAddress("9 Elm", "Unit 2", "Boise", "ID", "83702-1234"), "2085550100", "Use the side door",
            [new CompanyContact("José Muñoz", "HR", "jose@x.example", "2085550101", ContactNotices.NewResults | ContactNotices.NoShowLetters)]);
        company.ChangeSettings(CompanyStatus.Active, new Uri("https://drugs.example/portal"), [Domain.Results.ResultType.ProprietaryForm], Now);
        await using (var db = _database.CreateContext())
        {
            db.Companies.Add(company);
            await db.SaveChangesAsync();
        }

        await using var read = _database.CreateContext();
        var loaded = await read.Companies.SingleAsync(c => c.AccountNumber == AccountNumber.From("8888"));

        loaded.Address.ShouldBe(company.Address);
        loaded.Contacts.ShouldHaveSingleItem().Name.ShouldBe("José Muñoz");
        loaded.ContactsReceiving(ContactNotices.NoShowLetters).ShouldHaveSingleItem();
        loaded.EnabledNonStandardResultTypes.ShouldBe([Domain.Results.ResultType.ProprietaryForm]);
        loaded.DrugScreenPortalUrl.ShouldBe(new Uri("https://drugs.example/portal"));
        loaded.Accepts(Domain.Results.ResultType.ProprietaryForm).ShouldBeTrue();
    }
}
