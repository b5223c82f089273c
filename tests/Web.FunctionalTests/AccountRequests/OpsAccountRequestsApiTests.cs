using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EmployerPortal.Domain.AccountRequests;
using EmployerPortal.Web.FunctionalTests.Infrastructure;

namespace EmployerPortal.Web.FunctionalTests.AccountRequests;

public sealed class OpsAccountRequestsApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Ops_lists_account_requests_newest_first_with_every_field()
    {
        await factory.WithDbAsync(async db =>
        {
            db.Add(AccountRequest.Submit("Older Co", "Olive Old", "olive@older.example", "(214) 555-0101", 12, ["75201"], ServicesOfInterest.Vaccines, null, factory.Clock.GetUtcNow().AddDays(-1)));
            db.Add(AccountRequest.Submit("Newer Co", "Ned New", "ned@newer.example", "(214) 555-0102", 250, ["75201", "75202-1234"],
                ServicesOfInterest.DotPhysicals | ServicesOfInterest.DrugAndAlcoholTesting, "Please call after 3pm.", factory.Clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });

        var response = await factory.OpsClient().GetAsync("/api/ops/v1/account-requests");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var list = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        list.Select(r => r.GetProperty("companyName").GetString()).ShouldBe(["Newer Co", "Older Co"]);
        var newest = list[0];
        newest.GetProperty("contactName").GetString().ShouldBe("Ned New");
        newest.GetProperty("email").GetString().ShouldBe("ned@newer.example");
        newest.GetProperty("numberOfEmployees").GetInt32().ShouldBe(250);
        newest.GetProperty("locationZipCodes").EnumerateArray().Select(z => z.GetString()).ShouldBe(["75201", "75202-1234"]);
        newest.GetProperty("services").EnumerateArray().Select(s => s.GetString()).ShouldBe(["DotPhysicals", "DrugAndAlcoholTesting"]);
        newest.GetProperty("message").GetString().ShouldBe("Please call after 3pm.");

        var since = await factory.OpsClient().GetFromJsonAsync<JsonElement>(
            $"/api/ops/v1/account-requests?since={Uri.EscapeDataString(factory.Clock.GetUtcNow().AddHours(-1).ToString("O"))}");
        since.EnumerateArray().Select(r => r.GetProperty("companyName").GetString()).ShouldBe(["Newer Co"]);
    }

    [Fact]
    public async Task A_limit_out_of_range_is_a_400_problem()
    {
        var response = await factory.OpsClient().GetAsync("/api/ops/v1/account-requests?limit=0");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["limit"]);
    }

    [Fact]
    public async Task Listing_account_requests_without_an_api_key_is_a_401()
    {
        var response = await factory.OpsClient(apiKey: null).GetAsync("/api/ops/v1/account-requests");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
