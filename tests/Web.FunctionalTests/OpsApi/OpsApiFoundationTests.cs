using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EmployerPortal.Web.CommandLine;
using EmployerPortal.Web.Api.Infrastructure;
using EmployerPortal.Web.FunctionalTests.Companies;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Web.FunctionalTests.OpsApi;

public sealed class OpsApiFoundationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Companies = "/api/ops/v1/companies";

    private async Task<(int ExitCode, string Output, string Error)> OpsKeyAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await OpsKeyCommandLine.RunAsync(factory.Services, ["ops-key", .. args], output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task A_key_created_on_the_command_line_works_once_shown_and_stops_working_when_revoked()
    {
        var (exitCode, output, _) = await OpsKeyAsync("create", "--name", "crm-sync", "--scopes", "companies,account-requests");
        exitCode.ShouldBe(0);
        var key = output.Trim().Split('\n')[^1].Trim();
        key.ShouldStartWith("epk_");
        var stored = await factory.WithDbAsync(db => db.Set<EmployerPortal.Infrastructure.Identity.ApiKeys.OpsApiKey>().AsNoTracking().SingleAsync(k => k.Name == "crm-sync"));
        stored.KeyHash.ShouldNotContain(key);
        stored.KeyHash.ShouldBe(EmployerPortal.Infrastructure.Identity.ApiKeys.OpsApiKey.Hash(key));

        (await factory.OpsClient(key).GetAsync($"{Companies}/100200")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await OpsKeyAsync("list")).Output.ShouldContain("crm-sync\tcompanies,account-requests");

        (await OpsKeyAsync("revoke", "--name", "crm-sync")).ExitCode.ShouldBe(0);

        (await factory.OpsClient(key).GetAsync($"{Companies}/100200")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await OpsKeyAsync("list")).Output.ShouldContain("revoked");
    }

    [Fact]
    public async Task A_key_without_the_scope_an_endpoint_needs_is_a_403_problem()
    {
        var (_, output, _) = await OpsKeyAsync("create", "--name", "visits-only", "--scopes", "visits");
        var key = output.Trim().Split('\n')[^1].Trim();

        var read = await factory.OpsClient(key).GetAsync($"{Companies}/100200");
        var provision = await factory.OpsClient(key).PostAsJsonAsync(Companies, OpsCompaniesApiTests.NewCompany("710001", "scope@initech.example"));
        var list = await factory.OpsClient(key).GetAsync("/api/ops/v1/account-requests");

        read.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        read.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await read.Content.ReadAsStringAsync()).ShouldContain("companies");
        provision.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        list.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.WithDbAsync(db => db.Companies.CountAsync(c => c.Name == "Initech Corp" && c.Phone == "x"))).ShouldBe(0);
    }

    [Theory]
    [InlineData("create", "--name", "bad-scope", "--scopes", "everything")]
    [InlineData("create", "--name", "no-scopes")]
    [InlineData("revoke", "--name", "does-not-exist")]
    [InlineData("rotate")]
    public async Task The_command_line_refuses_bad_input_with_a_non_zero_exit_code(params string[] args)
    {
        var (exitCode, _, error) = await OpsKeyAsync(args);

        exitCode.ShouldNotBe(0);
        error.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task A_retried_post_with_the_same_idempotency_key_returns_the_first_answer_and_changes_nothing()
    {
        var client = factory.OpsClient();
        client.DefaultRequestHeaders.Add("Idempotency-Key", "provision-720001");
        var body = OpsCompaniesApiTests.NewCompany("720001", "retry@initech.example");

        var first = await client.PostAsJsonAsync(Companies, body);
        var retry = await client.PostAsJsonAsync(Companies, body);

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        retry.StatusCode.ShouldBe(HttpStatusCode.Created);
        retry.Headers.Location.ShouldBe(first.Headers.Location);
        (await retry.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());
        retry.Headers.GetValues(OpsApiRequestMiddleware.ReplayedHeader).ShouldBe(["true"]);
        (await factory.WithDbAsync(db => db.PortalUsers.CountAsync(u => u.Email == "retry@initech.example"))).ShouldBe(1);

        var withoutKey = await factory.OpsClient().PostAsJsonAsync(Companies, body);
        withoutKey.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Retries_racing_the_first_request_with_the_same_key_wait_for_and_replay_its_answer()
    {
        var body = OpsCompaniesApiTests.NewCompany("725001", "race@initech.example");
        var clients = Enumerable.Range(0, 6).Select(_ =>
        {
            var client = factory.OpsClient();
            client.DefaultRequestHeaders.Add("Idempotency-Key", "provision-725001");
            return client;
        }).ToList();

        var answers = await Task.WhenAll(clients.Select(c => c.PostAsJsonAsync(Companies, body)));

        answers.Select(a => a.StatusCode).ShouldAllBe(s => s == HttpStatusCode.Created);
        answers.Count(a => !a.Headers.Contains(OpsApiRequestMiddleware.ReplayedHeader)).ShouldBe(1, "exactly one request ran the command");
        answers.Select(a => a.Headers.Location).Distinct().ShouldHaveSingleItem();
        (await factory.WithDbAsync(db => db.PortalUsers.CountAsync(u => u.Email == "race@initech.example"))).ShouldBe(1);
    }

    [Fact]
    public async Task The_same_idempotency_key_with_a_different_body_is_a_422_problem_and_changes_nothing()
    {
        var client = factory.OpsClient();
        client.DefaultRequestHeaders.Add("Idempotency-Key", "provision-730001");
        (await client.PostAsJsonAsync(Companies, OpsCompaniesApiTests.NewCompany("730001", "first@initech.example"))).EnsureSuccessStatusCode();

        var reused = await client.PostAsJsonAsync(Companies, OpsCompaniesApiTests.NewCompany("730002", "second@initech.example"));

        reused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        reused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await factory.WithDbAsync(db => db.PortalUsers.CountAsync(u => u.Email == "second@initech.example"))).ShouldBe(0);
    }

    [Fact]
    public async Task A_failed_request_is_not_remembered_so_a_corrected_retry_with_the_same_key_runs()
    {
        var client = factory.OpsClient();
        client.DefaultRequestHeaders.Add("Idempotency-Key", "provision-740001");
        var invalid = await client.PostAsJsonAsync(Companies, OpsCompaniesApiTests.NewCompany("74", "fix@initech.example"));
        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var other = factory.OpsClient();
        other.DefaultRequestHeaders.Add("Idempotency-Key", "provision-740001-b");
        var valid = await other.PostAsJsonAsync(Companies, OpsCompaniesApiTests.NewCompany("740001", "fix@initech.example"));

        valid.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_body_over_one_megabyte_is_a_413_problem()
    {
        var huge = "{\"name\":\"" + new string('x', 1_100_000) + "\"}";

        var response = await factory.OpsClient().PostAsync(Companies, new StringContent(huge, Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Enums_are_written_as_strings_and_properties_in_camel_case()
    {
        var json = await factory.OpsClient().GetStringAsync($"{Companies}/100200");

        json.ShouldContain("\"status\":\"Active\"");
        json.ShouldContain("\"accountNumber\":\"100200\"");
    }
}
