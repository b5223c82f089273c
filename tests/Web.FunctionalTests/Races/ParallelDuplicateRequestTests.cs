using System.Net;
using EmployerPortal.Domain.Reports;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using EmployerPortal.Web.FunctionalTests.Results;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Web.FunctionalTests.Races;

/// <summary>Identical requests fired at the same moment: a unique-key collision is a 409 (or a replay), never a 500, and one row.</summary>
public sealed class ParallelDuplicateRequestTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const int Parallel = 8;

    [Fact]
    public async Task The_same_visit_registered_eight_times_at_once_is_stored_once_and_no_answer_is_a_5xx()
    {
        var ops = new OpsVisitsClient(factory.OpsClient());
        var id = OpsVisitsClient.NewId("RACE");
        var body = OpsVisitsClient.VisitBody(id);

        var answers = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(_ => ops.RegisterAsync(body)));

        answers.Select(a => a.StatusCode).ShouldAllBe(s => s == HttpStatusCode.Created || s == HttpStatusCode.OK || s == HttpStatusCode.Conflict);
        answers.Count(a => a.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        (await factory.WithDbAsync(db => db.VisitResults.CountAsync(v => v.ExternalVisitId == id))).ShouldBe(1);
    }

    [Fact]
    public async Task Subscribing_to_the_same_report_eight_times_at_once_leaves_one_subscription_and_no_5xx()
    {
        var client = await factory.SignedInClientAsync("viewer@acme.example");
        var fields = new Dictionary<string, string>
        {
            ["Subscription.Kind"] = nameof(ReportKind.EmployerPatientVisit),
            ["Subscription.Frequency"] = nameof(ReportFrequency.Monthly),
        };

        var answers = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(_ =>
            PortalFactory.PostFormAsync(client, "/Reports?handler=Subscribe", fields, formPageUrl: "/Reports")));

        answers.Select(a => (int)a.StatusCode).ShouldAllBe(s => s < 500);
        var subscriptions = await factory.WithDbAsync(db => db.Set<ReportSubscription>()
            .CountAsync(s => s.Kind == ReportKind.EmployerPatientVisit && s.IsActive && db.PortalUsers.Any(u => u.Id == s.UserId && u.Email == "viewer@acme.example")));
        subscriptions.ShouldBe(1);
    }
}
