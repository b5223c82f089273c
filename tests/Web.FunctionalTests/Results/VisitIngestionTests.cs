using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Results;
using EmployerPortal.Infrastructure.Pdf;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Web.FunctionalTests.Results;

public sealed class VisitIngestionTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private readonly OpsVisitsClient _ops = new(portal.OpsClient());

    [Fact]
    public async Task Registering_a_visit_answers_201_and_the_same_body_again_200_with_the_same_visit()
    {
        var id = OpsVisitsClient.NewId("V");
        var body = OpsVisitsClient.VisitBody(id);

        var first = await _ops.RegisterAsync(body);
        var again = await _ops.RegisterAsync(body);

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        first.Headers.Location!.ToString().ShouldBe($"/api/ops/v1/visits/{id}");
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        var created = await first.Content.ReadFromJsonAsync<JsonElement>();
        var repeated = await again.Content.ReadFromJsonAsync<JsonElement>();
        repeated.GetProperty("visitId").GetGuid().ShouldBe(created.GetProperty("visitId").GetGuid());
        created.GetProperty("status").GetString().ShouldBe("Scheduled");
        (await portal.WithDbAsync(db => db.VisitResults.CountAsync(v => v.ExternalVisitId == id))).ShouldBe(1);
    }

    [Fact]
    public async Task Registering_another_body_under_the_same_visit_id_is_a_409()
    {
        var id = OpsVisitsClient.NewId("V");
        (await _ops.RegisterAsync(OpsVisitsClient.VisitBody(id))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var response = await _ops.RegisterAsync(OpsVisitsClient.VisitBody(id, clinic: "Another Clinic"));

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadAsStringAsync()).ShouldContain("already registered with other details");
    }

    [Fact]
    public async Task A_registration_with_missing_or_unknown_fields_is_a_400_per_field()
    {
        var response = await _ops.RegisterAsync(new
        {
            externalVisitId = OpsVisitsClient.NewId("V"),
            companyAccountNumber = "100200",
            employee = new { firstName = "Dana", dateOfBirth = "1988-06-21" },
            category = "Sprain",
            scheduledAt = DateTimeOffset.UtcNow,
            clinic = "Downtown Clinic",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.TryGetProperty("employee.lastName", out _).ShouldBeTrue();
        errors.TryGetProperty("category", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task A_visit_for_an_unknown_company_is_a_400()
    {
        var response = await _ops.RegisterAsync(OpsVisitsClient.VisitBody(OpsVisitsClient.NewId("V"), accountNumber: "999999"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("companyAccountNumber", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task The_ops_api_refuses_a_request_without_an_api_key()
    {
        var anonymous = new OpsVisitsClient(portal.OpsClient(apiKey: null));

        var response = await anonymous.RegisterAsync(OpsVisitsClient.VisitBody(OpsVisitsClient.NewId("V")));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_status_change_moves_the_visit_along_its_timeline_and_a_retry_is_harmless()
    {
        var id = await _ops.RegisterVisitAsync();
        var at = new DateTimeOffset(2026, 3, 2, 9, 5, 0, TimeSpan.FromHours(-6));

        var checkedIn = await _ops.ChangeStatusAsync(id, "CheckedIn", at);
        var retried = await _ops.ChangeStatusAsync(id, "CheckedIn", at);

        checkedIn.StatusCode.ShouldBe(HttpStatusCode.OK);
        retried.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await retried.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("status").GetString().ShouldBe("CheckedIn");
        body.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("status").GetString()).ShouldBe(["Scheduled", "CheckedIn"]);
    }

    [Fact]
    public async Task An_illegal_status_jump_is_a_409_naming_the_rule()
    {
        var id = await _ops.RegisterVisitAsync();

        var response = await _ops.ChangeStatusAsync(id, "Completed");

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("rule").GetString().ShouldBe(nameof(VisitStatusTransitionMustBeAllowed));
        problem.GetProperty("detail").GetString().ShouldBe("A visit cannot go from Scheduled to Completed.");
    }

    [Fact]
    public async Task An_unknown_status_is_a_400_and_an_unknown_visit_a_404()
    {
        var id = await _ops.RegisterVisitAsync();

        (await _ops.ChangeStatusAsync(id, "Teleported")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _ops.ChangeStatusAsync("no-such-visit", "CheckedIn")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_recheck_is_set_for_an_injury_visit_and_refused_for_a_non_injury_visit()
    {
        var injury = await _ops.RegisterVisitAsync();
        var physical = await _ops.RegisterVisitAsync(category: "NonInjury");
        var appointment = portal.Clock.GetUtcNow().AddDays(10);

        var set = await _ops.Http.PutAsJsonAsync($"/api/ops/v1/visits/{injury}/recheck", new { appointmentAt = appointment });
        var refused = await _ops.Http.PutAsJsonAsync($"/api/ops/v1/visits/{physical}/recheck", new { appointmentAt = appointment });

        set.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await set.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("nextRecheckAt").GetDateTimeOffset().ShouldBe(appointment);
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString().ShouldBe(nameof(RecheckOnlyForInjuryVisits));
    }

    [Fact]
    public async Task A_document_is_accepted_with_its_sha256_and_the_same_bytes_again_answer_200()
    {
        var visit = await _ops.RegisterVisitAsync();
        var pdf = SamplePdf.Create("Fit Test Results", ["Dana Whitfield"]);
        var metadata = OpsVisitsClient.Metadata("DOC-1");

        var first = await _ops.UploadAsync(visit, metadata, pdf);
        var again = await _ops.UploadAsync(visit, metadata, pdf);

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        var created = await first.Content.ReadFromJsonAsync<JsonElement>();
        created.GetProperty("sha256").GetString().ShouldBe(Convert.ToHexStringLower(SHA256.HashData(pdf)));
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("documentId").GetGuid().ShouldBe(created.GetProperty("documentId").GetGuid());
    }

    [Fact]
    public async Task Other_bytes_under_the_same_document_id_are_a_409()
    {
        var visit = await _ops.RegisterVisitAsync();
        (await _ops.UploadAsync(visit, OpsVisitsClient.Metadata("DOC-1"), SamplePdf.Create("First", ["a"]))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var response = await _ops.UploadAsync(visit, OpsVisitsClient.Metadata("DOC-1"), SamplePdf.Create("Second", ["b"]));

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString().ShouldBe(nameof(DocumentIdCannotBeReusedForOtherContent));
    }

    [Fact]
    public async Task A_file_that_is_not_a_pdf_is_a_415()
    {
        var visit = await _ops.RegisterVisitAsync();

        var text = await _ops.UploadAsync(visit, OpsVisitsClient.Metadata("DOC-1"), "just some text"u8.ToArray());
        var fake = await _ops.UploadAsync(visit, OpsVisitsClient.Metadata("DOC-2"), "%PDF-1.7\nnot really a pdf"u8.ToArray());

        text.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        fake.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await fake.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!.ShouldContain("not a PDF");
    }

    [Fact]
    public async Task A_document_over_20_MB_is_a_413()
    {
        var visit = await _ops.RegisterVisitAsync();
        var pdf = SamplePdf.Create("Big", ["x"]);
        var big = new byte[(20 * 1024 * 1024) + 1];
        pdf.CopyTo(big, 0);

        var response = await _ops.UploadAsync(visit, OpsVisitsClient.Metadata("DOC-BIG"), big);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await portal.WithDbAsync(db => db.VisitResults.Where(v => v.ExternalVisitId == visit).SelectMany(v => v.Documents).CountAsync())).ShouldBe(0);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""{"externalDocumentId":"DOC-1","resultType":"HoroscopeReading"}""")]
    [InlineData("""{"externalDocumentId":"DOC-1","resultType":"FitTestResults","outcome":"Maybe"}""")]
    [InlineData("""{"resultType":"FitTestResults"}""")]
    public async Task Bad_metadata_is_a_400(string metadata)
    {
        var visit = await _ops.RegisterVisitAsync();

        var response = await _ops.UploadAsync(visit, metadata, SamplePdf.Create("Fit Test Results", ["x"]));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().ShouldNotBeEmpty();
    }

    [Fact]
    public async Task A_missing_metadata_or_file_part_is_a_400()
    {
        var visit = await _ops.RegisterVisitAsync();

        (await _ops.UploadAsync(visit, null, SamplePdf.Create("x", ["x"]))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _ops.UploadAsync(visit, OpsVisitsClient.Metadata("DOC-1"), null)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_document_for_an_unknown_visit_is_a_404()
    {
        var response = await _ops.UploadAsync("no-such-visit", OpsVisitsClient.Metadata("DOC-1"), SamplePdf.Create("x", ["x"]));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_non_standard_result_type_is_accepted_only_once_enabled_for_the_company()
    {
        var visit = await _ops.RegisterVisitAsync(accountNumber: "100300");
        var pdf = SamplePdf.Create("Company proprietary form", ["x"]);

        var refused = await _ops.UploadAsync(visit, OpsVisitsClient.Metadata("DOC-P", "ProprietaryForm"), pdf);
        await EnableAsync("100300", ResultType.ProprietaryForm);
        var accepted = await _ops.UploadAsync(visit, OpsVisitsClient.Metadata("DOC-P", "ProprietaryForm"), pdf);

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()
            .ShouldBe("The result type ProprietaryForm (Company proprietary form) is non-standard and is not enabled for company 100300. Enable it in the company's settings first.");
        accepted.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    private Task<int> EnableAsync(string accountNumber, ResultType type) => portal.WithDbAsync(async db =>
    {
        var company = await db.Companies.SingleAsync(c => c.AccountNumber == AccountNumber.From(accountNumber));
        company.ChangeSettings(company.Status, company.DrugScreenPortalUrl, [.. company.EnabledNonStandardResultTypes, type], portal.Clock.GetUtcNow());
        return await db.SaveChangesAsync();
    });
}
