using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using static EmployerPortal.Web.FunctionalTests.Authorizations.AuthorizationTestData;

namespace EmployerPortal.Web.FunctionalTests.Authorizations;

public sealed class OpsAuthorizationsApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task The_front_desk_reads_an_authorization_by_its_number_typed_in_any_case_without_the_dash()
    {
        var created = await CreateAsync(factory, AcmeAdmin, "Rita", "Gómez");

        var response = await factory.OpsClient().GetAsync($"/api/ops/v1/authorizations/{created.Number.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant()}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await JsonAsync(response);
        body.GetProperty("number").GetString().ShouldBe(created.Number);
        body.GetProperty("status").GetString().ShouldBe("Active");
        body.GetProperty("companyAccountNumber").GetString().ShouldBe("100200");
        body.GetProperty("employee").GetProperty("lastName").GetString().ShouldBe("Gómez");
        body.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("serviceCode").GetString()).ShouldBe(["PHYS-DOT", "DRUG-NONDOT"]);
    }

    [Fact]
    public async Task A_mistyped_number_is_a_400_that_says_to_check_it_before_any_lookup()
    {
        var created = await CreateAsync(factory, AcmeAdmin);
        var typo = created.Number[..^1] + (created.Number[^1] == '2' ? '3' : '2');

        var response = await factory.OpsClient().GetAsync($"/api/ops/v1/authorizations/{typo}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var errors = (await JsonAsync(response)).GetProperty("errors").GetProperty("number");
        errors[0].GetString()!.ShouldContain("typing mistake");
    }

    [Fact]
    public async Task An_unknown_number_is_a_404()
    {
        var unknown = AuthorizationNumber.Generate(_ => 0).Display; // 2222-2222: valid check character, never issued in tests
        var response = await factory.OpsClient().GetAsync($"/api/ops/v1/authorizations/{unknown}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Without_an_api_key_the_lookup_is_refused()
    {
        var created = await CreateAsync(factory, AcmeAdmin);

        var response = await factory.OpsClient(apiKey: null).GetAsync($"/api/ops/v1/authorizations/{created.Number}");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Check_in_marks_the_authorization_used_by_the_visit_and_a_second_check_in_is_a_409_with_the_reason()
    {
        var created = await CreateAsync(factory, AcmeAdmin);
        var ops = factory.OpsClient();

        var first = await ops.PostAsJsonAsync($"/api/ops/v1/authorizations/{created.Number}/check-in", new { externalVisitId = "CLINIC-V-100" });
        var second = await ops.PostAsJsonAsync($"/api/ops/v1/authorizations/{created.Number}/check-in", new { externalVisitId = "CLINIC-V-101" });

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var used = await JsonAsync(first);
        used.GetProperty("status").GetString().ShouldBe("Used");
        used.GetProperty("usedByVisitId").GetString().ShouldBe("CLINIC-V-100");
        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await JsonAsync(second);
        problem.GetProperty("detail").GetString().ShouldBe("This authorization has already been used.");
        problem.GetProperty("rule").GetString().ShouldBe(nameof(AuthorizationCanOnlyBeUsedOnce));
        var lookup = await JsonAsync(await ops.GetAsync($"/api/ops/v1/authorizations/{created.Number}"));
        lookup.GetProperty("usedByVisitId").GetString().ShouldBe("CLINIC-V-100");
    }

    [Fact]
    public async Task Checking_in_a_voided_authorization_is_a_409_saying_it_was_voided()
    {
        var created = await CreateAsync(factory, AcmeAdmin);
        var admin = await ActorAsync(factory, AcmeAdmin);
        await factory.SendAsync(s => s.Send(new Application.Authorizations.Commands.VoidAuthorization.VoidAuthorizationCommand(created.Id, "No longer needed")), admin);

        var response = await factory.OpsClient().PostAsJsonAsync($"/api/ops/v1/authorizations/{created.Number}/check-in", new { externalVisitId = "CLINIC-V-200" });

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await JsonAsync(response)).GetProperty("detail").GetString().ShouldBe("This authorization has been voided by the employer.");
    }

    [Fact]
    public async Task Checking_in_after_the_valid_until_date_is_a_409_saying_it_expired()
    {
        var number = await CreateExpiredAsync(factory, GlobexAdmin);

        var response = await factory.OpsClient().PostAsJsonAsync($"/api/ops/v1/authorizations/{number}/check-in", new { externalVisitId = "CLINIC-V-300" });

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await JsonAsync(response)).GetProperty("detail").GetString().ShouldBe("This authorization has expired.");
        var lookup = await JsonAsync(await factory.OpsClient().GetAsync($"/api/ops/v1/authorizations/{number}"));
        lookup.GetProperty("status").GetString().ShouldBe("Expired");
    }

    [Fact]
    public async Task Check_in_without_a_visit_id_is_a_400_on_that_field()
    {
        var created = await CreateAsync(factory, AcmeAdmin);

        var response = await factory.OpsClient().PostAsJsonAsync($"/api/ops/v1/authorizations/{created.Number}/check-in", new { externalVisitId = "" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await JsonAsync(response)).GetProperty("errors").TryGetProperty("externalVisitId", out _).ShouldBeTrue();
    }
}
