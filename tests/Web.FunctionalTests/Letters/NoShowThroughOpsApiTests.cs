using System.Net.Http.Json;
using EmployerPortal.Domain.Results;
using EmployerPortal.DemoData;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Web.FunctionalTests.Letters;

public sealed class NoShowThroughOpsApiTests(JobServerPortalFactory factory) : IClassFixture<JobServerPortalFactory>
{
    [Fact]
    public async Task A_no_show_pushed_through_the_ops_api_gets_its_letter_from_the_job_server_within_seconds()
    {

        var ops = factory.OpsClient();
        var visitId = $"NS-{Guid.NewGuid():N}";
        var surname = "Muñoz" + Guid.NewGuid().ToString("N")[..5];
        var scheduledAt = factory.Clock.GetUtcNow().AddHours(-2);
        (await ops.PostAsJsonAsync("/api/ops/v1/visits", new
        {
            externalVisitId = visitId,
            companyAccountNumber = DemoDataSeeder.Acme.AccountNumber,
            employee = new { firstName = "José", lastName = surname, dateOfBirth = "1985-03-02", employeeId = "E-7731" },
            category = "NonInjury",
            scheduledAt,
            clinic = VisitArrangements.Clinic,
        })).EnsureSuccessStatusCode();

        (await ops.PostAsJsonAsync($"/api/ops/v1/visits/{visitId}/status", new { status = "NoShow", at = scheduledAt.AddMinutes(30) })).EnsureSuccessStatusCode();

        VisitResult? visit = null;
        for (var attempt = 0; attempt < 40 && visit?.Letters.Count is null or 0; attempt++)
        {
            await Task.Delay(250);
            visit = await factory.WithDbAsync(db => db.VisitResults.AsNoTracking().Include(v => v.Documents).SingleAsync(v => v.ExternalVisitId == visitId));
        }

        visit.ShouldNotBeNull().Letters.ShouldHaveSingleItem().Kind.ShouldBe(LetterKind.NoShow);
        visit.Documents.ShouldHaveSingleItem().Type.ShouldBe(ResultType.EmployeeNoShowLetter);

        var employer = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var results = await employer.GetStringAsync($"/Results?Name={Uri.EscapeDataString(surname)}");
        results.ShouldContain("Employee No Show Letter");
    }
}
