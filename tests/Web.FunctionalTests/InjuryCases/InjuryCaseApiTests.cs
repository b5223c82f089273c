using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EmployerPortal.Domain.InjuryCases;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using EmployerPortal.Web.FunctionalTests.Results;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Web.FunctionalTests.InjuryCases;

/// <summary>DESIGN §7: POST /visits with injuryCase opens or joins a case; POST /visits/{id}/work-status records its work status.</summary>
public sealed class InjuryCaseApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly InjuryCaseOps _ops = new(factory.OpsClient());

    private DateOnly InjuryDay => factory.AcmeToday.AddDays(-10);

    private static string Surname() => "Case" + Guid.NewGuid().ToString("N")[..8];

    private Task<InjuryCase> CaseAsync(Guid id) =>
        factory.WithDbAsync(db => db.Set<InjuryCase>().IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.Id == new InjuryCaseId(id)));

    [Fact]
    public async Task The_first_visit_opens_the_case_and_a_recheck_naming_it_joins_it()
    {
        var caseId = OpsVisitsClient.NewId("IC");
        var surname = Surname();
        var first = await _ops.RegisterAsync(InjuryCaseOps.Visit(OpsVisitsClient.NewId("IV"), caseId, InjuryDay, surname, claimNumber: null));
        var recheck = await _ops.RegisterAsync(InjuryCaseOps.Visit(OpsVisitsClient.NewId("IV"), caseId, InjuryDay, surname, claimNumber: "WC-2041"));

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        recheck.StatusCode.ShouldBe(HttpStatusCode.Created);
        var opened = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("injuryCase");
        var joined = (await recheck.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("injuryCase");
        opened.GetProperty("opened").GetBoolean().ShouldBeTrue();
        joined.GetProperty("opened").GetBoolean().ShouldBeFalse();
        joined.GetProperty("injuryCaseId").GetGuid().ShouldBe(opened.GetProperty("injuryCaseId").GetGuid());
        var stored = await CaseAsync(opened.GetProperty("injuryCaseId").GetGuid());
        stored.Visits.Count.ShouldBe(2);
        stored.Details.ClaimNumber.ShouldBe("WC-2041");
        stored.Details.InjuryTime.ShouldBe(new TimeOnly(14, 15));
        stored.LocationCode.ShouldBe("MAIN");
    }

    [Fact]
    public async Task The_same_registration_again_answers_200_and_joins_nothing_twice()
    {
        var body = InjuryCaseOps.Visit(OpsVisitsClient.NewId("IV"), OpsVisitsClient.NewId("IC"), InjuryDay, Surname());
        var first = await _ops.RegisterAsync(body);
        var again = await _ops.RegisterAsync(body);

        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        var id = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("injuryCase").GetProperty("injuryCaseId").GetGuid();
        (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("injuryCase").GetProperty("injuryCaseId").GetGuid().ShouldBe(id);
        (await CaseAsync(id)).Visits.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_visit_pushed_before_its_case_joins_it_when_sent_again_with_the_case()
    {
        var visit = OpsVisitsClient.NewId("IV");
        var surname = Surname();
        var withCase = InjuryCaseOps.Visit(visit, OpsVisitsClient.NewId("IC"), InjuryDay, surname);
        var json = JsonSerializer.SerializeToNode(withCase, JsonSerializerOptions.Web)!.AsObject();
        json.Remove("injuryCase");
        (await factory.OpsClient().PostAsJsonAsync("/api/ops/v1/visits", json)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var joined = await _ops.RegisterAsync(withCase);

        joined.StatusCode.ShouldBe(HttpStatusCode.OK);
        var id = (await joined.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("injuryCase").GetProperty("injuryCaseId").GetGuid();
        (await CaseAsync(id)).Visits.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_visit_naming_a_case_with_another_date_of_injury_is_a_conflict_and_joins_nothing()
    {
        var caseId = OpsVisitsClient.NewId("IC");
        var surname = Surname();
        var opened = await _ops.RegisterAsync(InjuryCaseOps.Visit(OpsVisitsClient.NewId("IV"), caseId, InjuryDay, surname));
        var id = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("injuryCase").GetProperty("injuryCaseId").GetGuid();
        var otherVisit = OpsVisitsClient.NewId("IV");

        var conflict = await _ops.RegisterAsync(InjuryCaseOps.Visit(otherVisit, caseId, InjuryDay.AddDays(-1), surname));

        conflict.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await CaseAsync(id)).Visits.Count.ShouldBe(1);
        (await factory.WithDbAsync(db => db.VisitResults.AnyAsync(v => v.ExternalVisitId == otherVisit))).ShouldBeFalse();
    }

    [Fact]
    public async Task A_visit_already_in_a_case_naming_another_case_is_a_conflict()
    {
        var visit = OpsVisitsClient.NewId("IV");
        var surname = Surname();
        (await _ops.RegisterAsync(InjuryCaseOps.Visit(visit, OpsVisitsClient.NewId("IC"), InjuryDay, surname))).EnsureSuccessStatusCode();

        (await _ops.RegisterAsync(InjuryCaseOps.Visit(visit, OpsVisitsClient.NewId("IC"), InjuryDay, surname))).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_injury_case_on_a_non_injury_visit_or_without_its_fields_is_a_400_beside_the_field()
    {
        var nonInjury = await _ops.RegisterAsync(InjuryCaseOps.Visit(OpsVisitsClient.NewId("IV"), OpsVisitsClient.NewId("IC"), InjuryDay, Surname(), category: "NonInjury"));
        var future = await _ops.RegisterAsync(InjuryCaseOps.Visit(OpsVisitsClient.NewId("IV"), OpsVisitsClient.NewId("IC"), factory.AcmeToday.AddDays(2), Surname()));
        var blank = await _ops.RegisterAsync(InjuryCaseOps.Visit(OpsVisitsClient.NewId("IV"), " ", InjuryDay, Surname()));

        (await Problems.FieldErrorsAsync(nonInjury)).Keys.ShouldContain("injuryCase");
        (await Problems.FieldErrorsAsync(future))["injuryCase.injuryDate"].ShouldContain("The date of injury cannot be in the future.");
        (await Problems.FieldErrorsAsync(blank))["injuryCase.externalCaseId"].ShouldContain("Enter the case id of the clinic system.");
    }

    [Fact]
    public async Task A_work_status_is_recorded_on_the_case_and_the_same_status_again_changes_nothing()
    {
        var (visit, id) = await _ops.OpenCaseAsync(InjuryDay, Surname());
        var body = new
        {
            status = "ModifiedDuty",
            restrictions = new[] { "No lifting over 10 lb", "Seated work only" },
            effectiveFrom = InjuryDay.AddDays(1).ToString("yyyy-MM-dd"),
            nextAppointmentAt = factory.Clock.GetUtcNow().AddDays(3),
            expectedFullDutyOn = InjuryDay.AddDays(20).ToString("yyyy-MM-dd"),
        };

        var first = await _ops.WorkStatusAsync(visit, body);
        var again = await _ops.WorkStatusAsync(visit, body);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("changed").GetBoolean().ShouldBeTrue();
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("changed").GetBoolean().ShouldBeFalse();
        var stored = await CaseAsync(id);
        var entry = stored.WorkStatuses.ShouldHaveSingleItem();
        entry.Status.ShouldBe(WorkStatus.ModifiedDuty);
        entry.Restrictions.ShouldBe(["No lifting over 10 lb", "Seated work only"]);
        entry.ExpectedFullDutyOn.ShouldBe(InjuryDay.AddDays(20));
    }

    [Fact]
    public async Task Case_closed_closes_the_case_and_a_closed_case_refuses_a_new_status_with_409()
    {
        var (visit, id) = await _ops.OpenCaseAsync(InjuryDay, Surname());

        (await _ops.WorkStatusAsync(visit, new { status = "FullDuty", effectiveFrom = InjuryDay.AddDays(3).ToString("yyyy-MM-dd"), caseClosed = true }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await _ops.WorkStatusAsync(visit, new { status = "OffWork", effectiveFrom = InjuryDay.AddDays(4).ToString("yyyy-MM-dd") });

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString().ShouldBe(nameof(ClosedCaseTakesNoNewWorkStatus));
        var stored = await CaseAsync(id);
        stored.Status.ShouldBe(InjuryCaseStatus.Closed);
        stored.ClosedOn.ShouldBe(InjuryDay.AddDays(3));
        stored.WorkStatuses.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Bad_work_status_input_is_a_400_with_a_message_beside_each_field_and_records_nothing()
    {
        var (visit, id) = await _ops.OpenCaseAsync(InjuryDay, Surname());

        var shape = await _ops.WorkStatusAsync(visit, new { status = "Sleeping", expectedFullDutyOn = "2020-01-01" });
        var early = await _ops.WorkStatusAsync(visit, new { status = "OffWork", effectiveFrom = InjuryDay.AddDays(-1).ToString("yyyy-MM-dd") });
        var unrestricted = await _ops.WorkStatusAsync(visit, new { status = "ModifiedDuty", effectiveFrom = InjuryDay.ToString("yyyy-MM-dd") });
        var restrictedFullDuty = await _ops.WorkStatusAsync(visit, new { status = "FullDuty", restrictions = new[] { "No ladders" }, effectiveFrom = InjuryDay.ToString("yyyy-MM-dd") });

        var errors = await Problems.FieldErrorsAsync(shape);
        errors["status"].ShouldContain("The work status is FullDuty, ModifiedDuty or OffWork.");
        errors["effectiveFrom"].ShouldContain("Enter the date the work status takes effect.");
        (await Problems.FieldErrorsAsync(early))["effectiveFrom"].ShouldContain("The work status cannot take effect before the date of injury.");
        (await Problems.FieldErrorsAsync(unrestricted))["restrictions"].ShouldContain("Modified duty needs at least one restriction.");
        (await Problems.FieldErrorsAsync(restrictedFullDuty)).Keys.ShouldContain("restrictions");
        (await CaseAsync(id)).WorkStatuses.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_work_status_for_a_visit_that_is_not_an_injury_visit_of_a_case_is_409_and_an_unknown_visit_404()
    {
        var ops = new OpsVisitsClient(factory.OpsClient());
        var nonInjury = await ops.RegisterVisitAsync(category: "NonInjury");
        var injuryWithoutCase = await ops.RegisterVisitAsync(category: "Injury");
        var body = new { status = "OffWork", effectiveFrom = InjuryDay.ToString("yyyy-MM-dd") };

        (await _ops.WorkStatusAsync(nonInjury, body)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await _ops.WorkStatusAsync(injuryWithoutCase, body)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await _ops.WorkStatusAsync("NO-SUCH-VISIT", body)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_case_at_a_location_unknown_to_the_company_is_a_400()
    {
        var response = await _ops.RegisterAsync(InjuryCaseOps.Visit(OpsVisitsClient.NewId("IV"), OpsVisitsClient.NewId("IC"), InjuryDay, Surname(), locationCode: "NOPE"));

        (await Problems.FieldErrorsAsync(response)).Keys.ShouldContain("locationCode");
    }
}
