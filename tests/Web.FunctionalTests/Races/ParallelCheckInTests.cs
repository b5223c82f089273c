using System.Net;
using System.Net.Http.Json;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Common;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EmployerPortal.Web.FunctionalTests.Authorizations.AuthorizationTestData;

namespace EmployerPortal.Web.FunctionalTests.Races;

/// <summary>A single-use authorization checked in by several front desks at the same moment is used by exactly one visit.</summary>
public sealed class ParallelCheckInTests(ParallelCheckInTests.CommitBarrierPortalFactory factory) : IClassFixture<ParallelCheckInTests.CommitBarrierPortalFactory>
{
    private const int Parallel = 6;

    [Fact]
    public async Task Six_check_ins_of_one_authorization_at_once_give_one_success_and_five_409s()
    {
        var created = await CreateAsync(factory, AcmeAdmin, "Paula", "Parallel");
        var clients = Enumerable.Range(0, Parallel).Select(_ => factory.OpsClient()).ToList();

        factory.Barrier.Arm(Parallel);
        var answers = await Task.WhenAll(clients.Select((client, i) =>
            client.PostAsJsonAsync($"/api/ops/v1/authorizations/{created.Number}/check-in", new { externalVisitId = $"RACE-V-{i}" })));

        answers.Count(a => a.IsSuccessStatusCode).ShouldBe(1);
        answers.Where(a => !a.IsSuccessStatusCode).Select(a => a.StatusCode).ShouldAllBe(s => s == HttpStatusCode.Conflict);
        var winner = Array.FindIndex(answers, a => a.IsSuccessStatusCode);
        var stored = await factory.WithDbAsync(db => db.Authorizations.AsNoTracking().SingleAsync(a => a.Id == new AuthorizationId(created.Id)));
        stored.Status.ShouldBe(AuthorizationStatus.Used);
        stored.UsedByVisitId.ShouldBe($"RACE-V-{winner}");
        stored.StatusHistory.Count(h => h.Status == AuthorizationStatus.Used).ShouldBe(1);
    }

    /// <summary>The portal with every commit held until the armed number of requests have all read and are about to commit: the race, every time.</summary>
    public sealed class CommitBarrierPortalFactory : PortalFactory
    {
        public CommitBarrier Barrier { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                var real = services.Single(d => d.ServiceType == typeof(IUnitOfWork));
                services.Remove(real);
                services.AddScoped<IUnitOfWork>(sp => new BarrierUnitOfWork((IUnitOfWork)ActivatorUtilities.CreateInstance(sp, real.ImplementationType!), Barrier));
            });
        }
    }

    public sealed class CommitBarrier
    {
        private Barrier? _barrier;

        public void Arm(int participants) => _barrier = new Barrier(participants, _ => _barrier = null);

        public Task WaitAsync() => _barrier is { } barrier
            ? Task.Run(() => barrier.SignalAndWait(TimeSpan.FromSeconds(10)))
            : Task.CompletedTask;
    }

    private sealed class BarrierUnitOfWork(IUnitOfWork inner, CommitBarrier barrier) : IUnitOfWork
    {
        public async Task SaveChangesAsync(CancellationToken cancellationToken)
        {
            await barrier.WaitAsync();
            await inner.SaveChangesAsync(cancellationToken);
        }
    }
}
