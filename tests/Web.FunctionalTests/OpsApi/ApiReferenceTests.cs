using System.Net;
using System.Text.RegularExpressions;
using EmployerPortal.Infrastructure.Identity.ApiKeys;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace EmployerPortal.Web.FunctionalTests.OpsApi;

/// <summary>The interactive API reference in Development: its scripts run under a per-request nonce, never 'unsafe-inline'.</summary>
public sealed partial class ApiReferenceTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_reference_page_marks_its_scripts_with_the_nonce_of_its_content_security_policy()
    {
        var first = await factory.CreateClient().GetAsync("/scalar/v1");
        var second = await factory.CreateClient().GetAsync("/scalar/v1");

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var csp = first.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldNotContain("unsafe-inline");
        var nonce = NoncePattern().Match(csp).Groups[1].Value;
        nonce.ShouldNotBeNullOrEmpty();
        csp.ShouldContain($"script-src 'self' 'nonce-{nonce}'");
        var html = await first.Content.ReadAsStringAsync();
        var scripts = ScriptTag().Matches(html);
        scripts.Count.ShouldBeGreaterThan(0);
        scripts.ShouldAllBe(tag => tag.Value.Contains($"nonce=\"{nonce}\""));
        second.Headers.GetValues("Content-Security-Policy").Single().ShouldNotContain(nonce, customMessage: "a nonce is used once");
    }

    [Fact]
    public async Task Portal_pages_keep_the_policy_without_any_nonce()
    {
        var response = await factory.CreateClient().GetAsync("/Account/SignIn");

        response.Headers.GetValues("Content-Security-Policy").Single().ShouldNotContain("nonce-");
    }

    [Fact]
    public async Task Ops_api_answers_are_never_cached_whether_refused_or_answered()
    {
        var answered = await factory.OpsClient().GetAsync("/api/ops/v1/account-requests");
        var refused = await factory.OpsClient(apiKey: null).GetAsync("/api/ops/v1/account-requests");
        var document = await factory.CreateClient().GetAsync("/openapi/v1.json");

        answered.StatusCode.ShouldBe(HttpStatusCode.OK);
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        foreach (var response in new[] { answered, refused, document })
        {
            response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        }
    }

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex NoncePattern();

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptTag();
}

/// <summary>The portal as it runs in Production (no demo data).</summary>
public sealed class ProductionPortalFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("Portal:SeedDemoData", "false");
    }
}

/// <summary>In Production the OpenAPI document and the reference are for ops clients only.</summary>
public sealed class ProductionApiReferenceTests(ProductionPortalFactory factory) : IClassFixture<ProductionPortalFactory>
{
    [Theory]
    [InlineData("/openapi/v1.json")]
    [InlineData("/scalar/v1")]
    public async Task Without_an_ops_key_the_document_and_the_reference_are_refused(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task With_an_ops_key_the_document_is_served()
    {
        string key;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            key = await scope.ServiceProvider.GetRequiredService<OpsApiKeyStore>().CreateAsync($"docs-{Guid.NewGuid():N}", ["visits"], CancellationToken.None);
        }

        var response = await factory.OpsClient(key).GetAsync("/openapi/v1.json");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("/api/ops/v1/");
    }
}
