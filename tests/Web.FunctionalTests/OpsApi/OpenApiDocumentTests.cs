using System.Net;
using System.Text.Json;
using EmployerPortal.Web.FunctionalTests.Infrastructure;

namespace EmployerPortal.Web.FunctionalTests.OpsApi;

public sealed class OpenApiDocumentTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string[] Methods = ["get", "post", "put", "delete", "patch"];

    private async Task<JsonElement> DocumentAsync()
    {
        var response = await factory.CreateClient().GetAsync("/openapi/v1.json");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await JsonSerializer.DeserializeAsync<JsonElement>(await response.Content.ReadAsStreamAsync());
    }

    private static IEnumerable<(string Path, string Method, JsonElement Operation)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(op => Methods.Contains(op.Name))
                .Select(op => (path.Name, op.Name, op.Value)));

    private static bool HasSchema(JsonElement content) => content.TryGetProperty("schema", out var _);

    [Theory]
    [InlineData("/api/ops/v1/companies", "post")]
    [InlineData("/api/ops/v1/companies/{accountNumber}", "get")]
    [InlineData("/api/ops/v1/companies/{accountNumber}/settings", "put")]
    [InlineData("/api/ops/v1/account-requests", "get")]
    public async Task The_document_lists_each_ops_endpoint_of_the_companies_module(string path, string method)
    {
        var document = await DocumentAsync();

        Operations(document).ShouldContain(op => op.Path == path && op.Method == method);
    }

    [Fact]
    public async Task Every_ops_operation_has_request_and_response_schemas_and_problem_details_errors()
    {
        var document = await DocumentAsync();
        var operations = Operations(document).ToList();
        operations.ShouldNotBeEmpty();

        foreach (var (path, method, operation) in operations)
        {
            path.ShouldStartWith("/api/ops/v1/");
            var where = $"{method.ToUpperInvariant()} {path}";
            if (method is "post" or "put")
            {
                operation.TryGetProperty("requestBody", out var requestBody).ShouldBeTrue($"{where} has no request body");
                requestBody.GetProperty("content").EnumerateObject().All(c => HasSchema(c.Value)).ShouldBeTrue($"{where} request has no schema");
            }

            var responses = operation.GetProperty("responses").EnumerateObject().ToList();
            var success = responses.Where(r => r.Name.StartsWith('2')).ToList();
            success.ShouldNotBeEmpty($"{where} has no success response");
            success.All(r => r.Value.GetProperty("content").EnumerateObject().All(c => HasSchema(c.Value))).ShouldBeTrue($"{where} success has no schema");
            responses.Select(r => r.Name).ShouldContain("401", $"{where} does not document 401");
            responses.Select(r => r.Name).ShouldContain("403", $"{where} does not document 403");
            foreach (var error in responses.Where(r => r.Name.StartsWith('4')))
            {
                error.Value.GetProperty("content").EnumerateObject().Select(c => c.Name).ShouldContain("application/problem+json", $"{where} {error.Name} is not a ProblemDetails");
            }

            if (method == "post")
            {
                operation.GetProperty("parameters").EnumerateArray().ShouldContain(p => p.GetProperty("name").GetString() == "Idempotency-Key", $"{where} does not document Idempotency-Key");
            }
        }
    }

    [Fact]
    public async Task The_document_declares_the_api_key_header_as_its_security()
    {
        var document = await DocumentAsync();

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        scheme.GetProperty("type").GetString().ShouldBe("apiKey");
        scheme.GetProperty("in").GetString().ShouldBe("header");
        scheme.GetProperty("name").GetString().ShouldBe("X-Api-Key");
        document.GetProperty("security").EnumerateArray().Any(s => s.TryGetProperty("ApiKey", out var _)).ShouldBeTrue();
    }

    [Fact]
    public async Task Enum_schemas_list_their_names_as_strings()
    {
        var document = await DocumentAsync();

        var schemas = document.GetProperty("components").GetProperty("schemas");
        var status = schemas.GetProperty("CompanyStatus");
        status.GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ShouldBe(["Active", "Suspended"], ignoreOrder: true);
    }

    [Fact]
    public async Task The_interactive_reference_is_served_in_development()
    {
        var response = await factory.CreateClient().GetAsync("/scalar/v1");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("\"url\":\"openapi/v1.json\"");
    }
}
