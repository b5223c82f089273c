using EmployerPortal.Application.Results.Specifications;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Results;

namespace EmployerPortal.Application.UnitTests.Results;

public sealed class VisitsForStatusBoardSpecTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
    private static readonly CompanyId Acme = CompanyId.New();

    private static VisitResult Visit(CompanyId company, DateTimeOffset scheduledAt, string lastName = "Whitfield") =>
        VisitResult.Register(company, Guid.NewGuid().ToString(), new Employee("Dana", lastName, new DateOnly(1988, 6, 21)), VisitCategory.Injury, "Downtown", scheduledAt, null, Monday.AddDays(-7));

    [Fact]
    public void Only_the_visits_in_the_period_are_listed_most_recent_first()
    {
        var early = Visit(Acme, Monday.AddHours(8), "Early");
        var late = Visit(Acme, Monday.AddHours(15), "Late");
        var nextDay = Visit(Acme, Monday.AddDays(1).AddHours(1));

        var rows = new VisitsForStatusBoardSpec(Monday, Monday.AddDays(1), null, 10).Evaluate([early, late, nextDay]).ToList();

        rows.Select(r => r.EmployeeLastName).ShouldBe(["Late", "Early"]);
    }

    [Fact]
    public void A_status_filter_and_the_limit_apply()
    {
        var noShow = Visit(Acme, Monday.AddHours(8), "NoShow");
        noShow.ChangeStatus(VisitStatus.NoShow, Monday.AddHours(9));
        var visits = new[] { noShow, Visit(Acme, Monday.AddHours(10)), Visit(Acme, Monday.AddHours(11)) };

        new VisitsForStatusBoardSpec(Monday, Monday.AddDays(1), VisitStatus.NoShow, 10).Evaluate(visits)
            .Single().Timeline.Select(t => t.Status).ShouldBe([VisitStatus.Scheduled, VisitStatus.NoShow]);
        new VisitsForStatusBoardSpec(Monday, Monday.AddDays(1), null, 2).Evaluate(visits).Count().ShouldBe(2);
    }
}
