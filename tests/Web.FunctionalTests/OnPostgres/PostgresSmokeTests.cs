using System.Net;
using EmployerPortal.DemoData;
using EmployerPortal.Web.FunctionalTests.Results;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Web.FunctionalTests.OnPostgres;

/// <summary>The portal end to end on PostgreSQL: it starts (migrations, Hangfire schema, demo data), is ready, signs in,
/// takes a result through the ops API and finds it by a folded name, and keeps it in the server database.</summary>
[Trait("Lane", "Postgres")]
public sealed class PostgresSmokeTests(PostgresPortalFactory portal) : IClassFixture<PostgresPortalFactory>
{
    [Fact]
    public async Task The_portal_is_ready_on_postgres()
    {
        var response = await portal.CreateClient().GetAsync("/health/ready");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await portal.WithDbAsync(db => Task.FromResult(db.Database.ProviderName))).ShouldBe("Npgsql.EntityFrameworkCore.PostgreSQL");
        (await portal.WithDbAsync(db => db.Companies.CountAsync())).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_result_uploaded_through_the_ops_api_is_found_by_a_folded_name_and_the_dashboard_shows()
    {
        var ops = new OpsVisitsClient(portal.OpsClient());
        var surname = "Muñoz" + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsAsciiLetter).Take(6));
        var visit = await ops.RegisterVisitAsync(firstName: "José", lastName: surname, employeeId: null);
        var document = await ops.UploadDocumentAsync(visit);
        var client = await portal.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        var byFolded = await client.GetStringAsync($"/Results?Name={Uri.EscapeDataString(surname.ToUpperInvariant().Replace("Ñ", "N", StringComparison.Ordinal))}");
        var bySurnameFirst = await client.GetStringAsync($"/Results?Name={Uri.EscapeDataString(surname + ", JOSÉ")}");

        ResultsPages.DocumentIds(byFolded).ShouldBe([document]);
        ResultsPages.DocumentIds(bySurnameFirst).ShouldBe([document]);
        (await client.GetAsync("/Dashboard")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync($"/Authorizations?Search.EmployeeName={Uri.EscapeDataString("MUÑOZ")}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
