using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EmployerPortal.Infrastructure.Pdf;
using EmployerPortal.Tests.Pdf;
using PortalOpsApi = EmployerPortal.Web.Api.OpsApi;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace EmployerPortal.Web.FunctionalTests.Fuzzing;

/// <summary>
/// Bad-input fuzzing of every ops endpoint (issue #8): generated malformed requests — wrong types, missing and extra
/// fields, huge strings, control characters, script and SQL fragments, invalid dates, broken JSON, wrong content
/// types, oversized bodies, broken multipart, truncated and corrupt PDFs, hostile PDFs (page-tree loops, deep nesting, a
/// deflate bomb, scripts, launch actions, attachments, forms that submit, 10,000 pages), invalid route ids, no or a wrong API key,
/// unmapped methods. Every answer must be a 4xx RFC 9457 ProblemDetails and no table may gain or lose a row.
/// </summary>
public sealed class OpsApiFuzzTests(FuzzPortalFactory factory, ITestOutputHelper output) : IClassFixture<FuzzPortalFactory>
{
    private const int Seed = 8_2026;
    private const int RandomCombinationsPerEndpoint = 30;
    private const int MinimumRequests = 1_200;

    private static readonly string[] BadRouteValues =
    [
        "does-not-exist-fuzz", "'; DROP TABLE VisitResults; --", "<script>alert(1)</script>", "%01", "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        new string('9', 4_000), "99999999999999999999", "%E2%80%AEfdp.exe", "%20", "%F0%9F%99%82", "%C0%AF", "..",
    ];

    [Fact]
    public async Task Every_ops_endpoint_answers_malformed_requests_with_a_4xx_problem_and_changes_no_row()
    {
        var targets = await TargetsAsync();
        var random = new Random(Seed);
        var generators = Generators(targets, random);
        var routes = OpsRoutes();
        routes.Keys.Except(generators.Keys).ShouldBeEmpty("an ops endpoint has no fuzz case generator: add one to OpsApiFuzzTests.Generators");

        var cases = routes.Keys.Order(StringComparer.Ordinal).SelectMany(route => generators[route]())
            .Concat(WrongMethodCases(routes))
            .Concat(UnknownRouteCases())
            .ToList();
        var client = factory.OpsClient(apiKey: null);
        var before = await TableCounts.TakeAsync(factory);

        var failures = new List<string>();
        foreach (var fuzz in cases)
        {
            if (await CheckAsync(client, fuzz) is { } failure)
            {
                failures.Add(failure);
            }
        }

        var after = await TableCounts.TakeAsync(factory);
        output.WriteLine($"{cases.Count} malformed ops requests; {failures.Count} answered wrongly.");
        failures.ShouldBeEmpty($"{failures.Count} of {cases.Count} malformed requests were not answered with a 4xx ProblemDetails:\n{string.Join("\n", failures.Take(400))}");
        TableCounts.Differences(before, after).ShouldBeEmpty("malformed requests changed row counts");
        cases.Count.ShouldBeGreaterThanOrEqualTo(MinimumRequests);
    }

    /// <summary>The ops routes of the running app with their methods: "POST /api/ops/v1/companies".</summary>
    private Dictionary<string, string[]> OpsRoutes() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith(PortalOpsApi.BasePath, StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Method: m, Pattern: e.RoutePattern.RawText!.TrimEnd('/'))))
            .GroupBy(r => $"{r.Method} {r.Pattern}")
            .ToDictionary(g => g.Key, g => g.Select(r => r.Pattern).Distinct().ToArray(), StringComparer.Ordinal);

    private sealed record Targets(string AccountNumber, string ExternalVisitId, string AuthorizationNumber, byte[] Pdf);

    private async Task<Targets> TargetsAsync()
    {
        var (visit, authorization) = await factory.WithDbAsync(async db => (
            await db.VisitResults.AsNoTracking().Select(v => v.ExternalVisitId).OrderBy(v => v).FirstAsync(),
            await db.Database.SqlQueryRaw<string>("SELECT \"Number\" AS \"Value\" FROM \"Authorizations\" WHERE \"Status\" = 'Active' ORDER BY \"Number\" LIMIT 1").SingleAsync()));
        return new Targets("100300", visit, authorization, SamplePdf.Create("Fuzz sample", ["A valid PDF the fuzz cases break."]));
    }

    private static Dictionary<string, Func<IEnumerable<ApiCase>>> Generators(Targets t, Random random)
    {
        const string v1 = PortalOpsApi.BasePath;
        return new Dictionary<string, Func<IEnumerable<ApiCase>>>(StringComparer.Ordinal)
        {
            [$"POST {v1}/companies"] = () => JsonCases(HttpMethod.Post, $"{v1}/companies", NewCompany(), CompanyFields, random),
            [$"GET {v1}/companies/{{accountNumber}}"] = () => RouteCases(HttpMethod.Get, id => $"{v1}/companies/{id}", null),
            [$"PUT {v1}/companies/{{accountNumber}}/settings"] = () =>
                JsonCases(HttpMethod.Put, $"{v1}/companies/{t.AccountNumber}/settings", Settings(), SettingsFields, random)
                    .Concat(RouteCases(HttpMethod.Put, id => $"{v1}/companies/{id}/settings", Settings())),
            [$"POST {v1}/companies/{{accountNumber}}/locations"] = () =>
                JsonCases(HttpMethod.Post, $"{v1}/companies/{t.AccountNumber}/locations", NewLocation(), NewLocationFields, random)
                    .Concat(RouteCases(HttpMethod.Post, id => $"{v1}/companies/{id}/locations", NewLocation())),
            [$"GET {v1}/companies/{{accountNumber}}/locations"] = () => RouteCases(HttpMethod.Get, id => $"{v1}/companies/{id}/locations", null),
            [$"PUT {v1}/companies/{{accountNumber}}/locations/{{code}}"] = () =>
                JsonCases(HttpMethod.Put, $"{v1}/companies/{t.AccountNumber}/locations/MAIN", NewLocation(), LocationFields, random)
                    .Concat(RouteCases(HttpMethod.Put, id => $"{v1}/companies/{t.AccountNumber}/locations/{id}", NewLocation())),
            [$"PUT {v1}/companies/{{accountNumber}}/packages/{{code}}"] = () =>
                JsonCases(HttpMethod.Put, $"{v1}/companies/{t.AccountNumber}/packages/FUZZ-PACK", Package(), PackageFields, random)
                    .Concat(RouteCases(HttpMethod.Put, id => $"{v1}/companies/{id}/packages/FUZZ-PACK", Package())),
            [$"GET {v1}/companies/{{accountNumber}}/packages"] = () => RouteCases(HttpMethod.Get, id => $"{v1}/companies/{id}/packages", null),
            // Any well-formed code is a clinic to add, so only the body is fuzzed here (malformed codes: ClinicDirectoryTests).
            [$"PUT {v1}/clinics/{{code}}"] = () => JsonCases(HttpMethod.Put, $"{v1}/clinics/FUZZ-CLINIC", Clinic(), ClinicFields, random),
            [$"GET {v1}/clinics/{{code}}"] = () => RouteCases(HttpMethod.Get, id => $"{v1}/clinics/{id}", null),
            [$"GET {v1}/account-requests"] = () => AccountRequestsQueryCases($"{v1}/account-requests", random),
            [$"POST {v1}/visits"] = () => JsonCases(HttpMethod.Post, $"{v1}/visits", NewVisit(), VisitFields, random),
            [$"POST {v1}/visits/{{externalVisitId}}/status"] = () =>
                JsonCases(HttpMethod.Post, $"{v1}/visits/{Uri.EscapeDataString(t.ExternalVisitId)}/status", StatusChange(), StatusFields, random)
                    .Concat(RouteCases(HttpMethod.Post, id => $"{v1}/visits/{id}/status", StatusChange())),
            [$"PUT {v1}/visits/{{externalVisitId}}/recheck"] = () =>
                JsonCases(HttpMethod.Put, $"{v1}/visits/{Uri.EscapeDataString(t.ExternalVisitId)}/recheck", Recheck(), RecheckFields, random)
                    .Concat(RouteCases(HttpMethod.Put, id => $"{v1}/visits/{id}/recheck", Recheck())),
            [$"POST {v1}/visits/{{externalVisitId}}/work-status"] = () =>
                JsonCases(HttpMethod.Post, $"{v1}/visits/{Uri.EscapeDataString(t.ExternalVisitId)}/work-status", WorkStatus(), WorkStatusFields, random)
                    .Concat(RouteCases(HttpMethod.Post, id => $"{v1}/visits/{id}/work-status", WorkStatus())),
            [$"POST {v1}/visits/{{externalVisitId}}/documents"] = () => DocumentCases(v1, t, random),
            [$"GET {v1}/authorizations/{{number}}"] = () => RouteCases(HttpMethod.Get, id => $"{v1}/authorizations/{id}", null),
            [$"POST {v1}/authorizations/{{number}}/check-in"] = () =>
                JsonCases(HttpMethod.Post, $"{v1}/authorizations/{t.AuthorizationNumber}/check-in", CheckIn(), CheckInFields, random)
                    .Concat(RouteCases(HttpMethod.Post, id => $"{v1}/authorizations/{id}/check-in", CheckIn())),
        };
    }

    private static readonly FuzzField[] CompanyFields =
    [
        new("accountNumber", FieldKind.AccountNumber), new("name", FieldKind.Text), new("phone", FieldKind.Phone),
        new("address", FieldKind.Object), new("address.line1", FieldKind.Text), new("address.line2", FieldKind.Text, Required: false),
        new("address.city", FieldKind.Text), new("address.state", FieldKind.State), new("address.postalCode", FieldKind.Zip),
        new("firstAdmin", FieldKind.Object), new("firstAdmin.email", FieldKind.Email), new("firstAdmin.firstName", FieldKind.Text),
        new("firstAdmin.lastName", FieldKind.Text),
    ];

    private static JsonObject NewCompany() => new()
    {
        ["accountNumber"] = "880001",
        ["name"] = "Fuzz Industries",
        ["phone"] = "(512) 555-0100",
        ["address"] = new JsonObject { ["line1"] = "1 Fuzz Way", ["line2"] = "Suite 2", ["city"] = "Austin", ["state"] = "TX", ["postalCode"] = "78701" },
        ["firstAdmin"] = new JsonObject { ["email"] = "admin@fuzz.example", ["firstName"] = "Fay", ["lastName"] = "Fuzz" },
    };

    private static readonly FuzzField[] LocationFields =
    [
        new("name", FieldKind.Text), new("phone", FieldKind.Phone),
        new("address", FieldKind.Object), new("address.line1", FieldKind.Text), new("address.line2", FieldKind.Text, Required: false),
        new("address.city", FieldKind.Text), new("address.state", FieldKind.State), new("address.postalCode", FieldKind.Zip),
        new("specialInstructions", FieldKind.FreeText, Required: false),
    ];

    private static readonly FuzzField[] PackageFields =
    [
        new("name", FieldKind.Text), new("services", FieldKind.EnumList), new("instructions", FieldKind.FreeText, Required: false),
    ];

    private static JsonObject Package() => new()
    {
        ["name"] = "Fuzz package",
        ["services"] = new JsonArray("PHYS-DOT"),
        ["instructions"] = "Fuzz instructions.",
    };

    private static readonly FuzzField[] ClinicFields =
    [
        new("name", FieldKind.Text), new("phone", FieldKind.Phone), new("hours", FieldKind.Text), new("services", FieldKind.EnumList),
        new("address", FieldKind.Object), new("address.line1", FieldKind.Text), new("address.line2", FieldKind.Text, Required: false),
        new("address.city", FieldKind.Text), new("address.state", FieldKind.State), new("address.postalCode", FieldKind.Zip),
    ];

    private static JsonObject Clinic() => new()
    {
        ["name"] = "Fuzz Clinic",
        ["address"] = new JsonObject { ["line1"] = "1 Fuzz Way", ["line2"] = "Suite 2", ["city"] = "Austin", ["state"] = "TX", ["postalCode"] = "78701" },
        ["phone"] = "(512) 555-0100",
        ["hours"] = "Mon–Fri 8:00 AM–5:00 PM",
        ["timeZone"] = "America/Chicago",
        ["services"] = new JsonArray("PHYS-DOT"),
    };

    private static readonly FuzzField[] NewLocationFields = [new("code", FieldKind.Text), .. LocationFields];

    private static JsonObject NewLocation() => new()
    {
        ["code"] = "FUZZ",
        ["name"] = "Fuzz Terminal",
        ["phone"] = "(602) 555-0100",
        ["address"] = new JsonObject { ["line1"] = "1 Fuzz Way", ["line2"] = "Dock 2", ["city"] = "Phoenix", ["state"] = "AZ", ["postalCode"] = "85001" },
        ["timeZone"] = "America/Phoenix",
        ["specialInstructions"] = "Use the north gate.",
    };

    private static readonly FuzzField[] SettingsFields =
        [new("status", FieldKind.EnumName), new("drugScreenPortalUrl", FieldKind.Url, Required: false), new("nonStandardResultTypes", FieldKind.EnumList, Required: false)];

    private static JsonObject Settings() => new()
    {
        ["status"] = "Active", ["drugScreenPortalUrl"] = "https://drugscreen.example/globex", ["nonStandardResultTypes"] = new JsonArray(),
    };

    private static readonly FuzzField[] VisitFields =
    [
        new("externalVisitId", FieldKind.Text), new("companyAccountNumber", FieldKind.AccountNumber), new("employee", FieldKind.Object),
        new("employee.firstName", FieldKind.Text), new("employee.lastName", FieldKind.Text), new("employee.dateOfBirth", FieldKind.Date),
        new("employee.employeeId", FieldKind.Text, Required: false), new("category", FieldKind.EnumName), new("scheduledAt", FieldKind.DateTime),
        new("clinic", FieldKind.Text), new("authorizationNumber", FieldKind.Text, Required: false),
        new("locationCode", FieldKind.Text, Required: false),
        new("injuryCase", FieldKind.Object, Required: false), new("injuryCase.externalCaseId", FieldKind.Text),
        new("injuryCase.injuryDate", FieldKind.Date), new("injuryCase.bodyPart", FieldKind.Text, Required: false),
        new("injuryCase.claimNumber", FieldKind.Text, Required: false), new("injuryCase.description", FieldKind.FreeText, Required: false),
    ];

    private static JsonObject NewVisit() => new()
    {
        ["externalVisitId"] = "FUZZ-VISIT-1",
        ["companyAccountNumber"] = "100200",
        ["employee"] = new JsonObject { ["firstName"] = "Fern", ["lastName"] = "Fuzz", ["dateOfBirth"] = "1988-06-21", ["employeeId"] = "E-FUZZ" },
        ["category"] = "Injury",
        ["scheduledAt"] = "2026-03-02T09:00:00-06:00",
        ["clinic"] = "Downtown Clinic",
        ["authorizationNumber"] = null,
        ["injuryCase"] = new JsonObject { ["externalCaseId"] = "FUZZ-CASE-1", ["injuryDate"] = "2026-03-01", ["bodyPart"] = "Left wrist", ["claimNumber"] = "WC-FUZZ", ["description"] = "Slipped on the dock." },
    };

    private static readonly FuzzField[] StatusFields = [new("status", FieldKind.EnumName), new("at", FieldKind.DateTime, Required: false)];

    private static JsonObject StatusChange() => new() { ["status"] = "CheckedIn", ["at"] = "2026-03-02T09:05:00-06:00" };

    /// <summary>Full duty with no restrictions: any restriction a malformed case adds is refused by the case's rules.</summary>
    private static readonly FuzzField[] WorkStatusFields =
    [
        new("status", FieldKind.EnumName), new("restrictions", FieldKind.EnumList, Required: false), new("effectiveFrom", FieldKind.Date),
        new("nextAppointmentAt", FieldKind.DateTime, Required: false), new("expectedFullDutyOn", FieldKind.Date, Required: false),
        new("caseClosed", FieldKind.Boolean, Required: false),
    ];

    private static JsonObject WorkStatus() => new()
    {
        ["status"] = "FullDuty", ["restrictions"] = new JsonArray(), ["effectiveFrom"] = "2026-03-02",
        ["nextAppointmentAt"] = "2026-03-09T09:00:00-06:00", ["expectedFullDutyOn"] = "2026-03-02", ["caseClosed"] = false,
    };

    private static readonly FuzzField[] RecheckFields = [new("appointmentAt", FieldKind.DateTime)];

    private static JsonObject Recheck() => new() { ["appointmentAt"] = "2026-03-09T09:00:00-06:00" };

    private static readonly FuzzField[] CheckInFields = [new("externalVisitId", FieldKind.Text)];

    private static JsonObject CheckIn() => new() { ["externalVisitId"] = "FUZZ-CHECKIN-1" };

    /// <summary>
    /// Each field malformed alone, then the body broken as a whole (extra fields with a required one missing, broken
    /// JSON, wrong content types, oversized bodies, no or a wrong key), then random combinations of malformed fields.
    /// </summary>
    private static IEnumerable<ApiCase> JsonCases(HttpMethod method, string url, JsonObject valid, FuzzField[] fields, Random random)
    {
        foreach (var field in fields)
        {
            foreach (var mutation in Malformed.ForJson(field))
            {
                var body = Mutate(valid, (field, mutation));
                yield return new ApiCase($"{field.Name}: {mutation.Label}", method, url, () => FuzzContent.Json(body));
            }
        }

        var required = fields.First(f => f.Required);
        var extra = Mutate(valid, (required, new JsonMutation("missing", null, Omit: true)));
        extra["isAdmin"] = true;
        extra["companyId"] = Guid.NewGuid().ToString();
        extra["__proto__"] = new JsonObject { ["polluted"] = true };
        extra["$type"] = "System.IO.FileInfo, System.IO.FileSystem";
        yield return new ApiCase($"extra fields, {required.Name} missing", method, url, () => FuzzContent.Json(extra));

        var text = valid.ToJsonString();
        foreach (var cut in new[] { 1, text.Length / 3, text.Length / 2, text.Length - 1 })
        {
            yield return new ApiCase($"JSON truncated at {cut}", method, url, () => FuzzContent.Raw(text[..cut], "application/json"));
        }

        string[] broken =
        [
            text[..^1] + ",}", text.Replace('"', '\''), "", "null", "[]", "\"text\"", "42", "true", new string('[', 5_000) + new string(']', 5_000),
            "{\"a\":\"\\uZZZZ\"}", "/* comment */" + text, text + text, "{" + string.Join(",", Enumerable.Range(0, 3_000).Select(i => $"\"k{i}\":{i}")) + "}",
            text.Replace(":", ": NaN, \"x\":", StringComparison.Ordinal),
        ];
        foreach (var (body, i) in broken.Select((b, i) => (b, i)))
        {
            yield return new ApiCase($"broken JSON {i}", method, url, () => FuzzContent.Raw(body, "application/json"));
        }

        yield return new ApiCase("invalid UTF-8", method, url, () => FuzzContent.Raw([0xFF, 0xFE, 0x7B, 0xC3, 0x28, 0x7D], "application/json"));
        foreach (var contentType in new[] { "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=utf-32", "image/png", null })
        {
            var body = contentType == "application/xml" ? "<company><name>Fuzz</name></company>" : text;
            yield return new ApiCase($"content type {contentType ?? "(none)"}", method, url, () => FuzzContent.Raw(body, contentType));
        }

        // Over the 1 MB limit, with a required field missing too: a server that reads it anyway must still refuse it.
        var oversized = (JsonObject)extra.DeepClone();
        oversized["padding"] = new string('x', (int)PortalOpsApi.DefaultMaxRequestBodyBytes + 100);
        var oversizedBytes = Encoding.UTF8.GetBytes(oversized.ToJsonString());
        yield return new ApiCase("oversized body", method, url, () => FuzzContent.Raw(oversizedBytes, "application/json"));
        yield return new ApiCase("oversized body without Content-Length", method, url, () => FuzzContent.UnknownLength(oversizedBytes, "application/json"));
        yield return new ApiCase("no API key", method, url, () => FuzzContent.Json(valid), ApiKey: null);
        yield return new ApiCase("wrong API key", method, url, () => FuzzContent.Json(valid), ApiKey: "epk_' OR 1=1 --");
        yield return new ApiCase("XML accepted only", method, url, () => FuzzContent.Json(extra), Accept: "application/xml");
        yield return new ApiCase("oversized body, XML accepted only", method, url, () => FuzzContent.Raw(oversizedBytes, "application/json"), Accept: "application/xml");

        for (var i = 0; i < RandomCombinationsPerEndpoint; i++)
        {
            var picked = fields.OrderBy(_ => random.Next()).Take(random.Next(2, 4))
                .Select(f => (Field: f, Mutations: Malformed.ForJson(f).ToList()))
                .Select(p => (p.Field, p.Mutations[random.Next(p.Mutations.Count)]))
                .ToArray();
            var body = Mutate(valid, picked);
            yield return new ApiCase($"combination: {string.Join(", ", picked.Select(p => $"{p.Field.Name} {p.Item2.Label}"))}", method, url, () => FuzzContent.Json(body));
        }
    }

    /// <summary>Route values that name nothing (or nothing valid), with an otherwise valid body.</summary>
    private static IEnumerable<ApiCase> RouteCases(HttpMethod method, Func<string, string> url, JsonObject? validBody) =>
        BadRouteValues.Select(id => new ApiCase(
            $"route value {(id.Length > 40 ? $"{id[..10]}…({id.Length})" : id)}",
            method,
            url(id.Contains('%', StringComparison.Ordinal) || id == ".." ? id : Uri.EscapeDataString(id)),
            () => validBody is null ? null : FuzzContent.Json(validBody)));

    private static IEnumerable<ApiCase> AccountRequestsQueryCases(string url, Random random)
    {
        var sinceValues = Malformed.InvalidDateTimes.Concat(Malformed.Sql).Concat(Malformed.Script).Concat(Malformed.ControlCharacters).Append(Malformed.Huge[..5_000]).ToList();
        var limitValues = Malformed.InvalidNumbers.Concat(["0", "501", "abc", "1.5", "true", "2147483648"]).Concat(Malformed.Sql).ToList();
        foreach (var since in sinceValues)
        {
            yield return new ApiCase($"since={Short(since)}", HttpMethod.Get, $"{url}?since={Uri.EscapeDataString(since)}", () => null);
        }

        foreach (var limit in limitValues)
        {
            yield return new ApiCase($"limit={Short(limit)}", HttpMethod.Get, $"{url}?limit={Uri.EscapeDataString(limit)}", () => null);
        }

        for (var i = 0; i < RandomCombinationsPerEndpoint; i++)
        {
            var since = sinceValues[random.Next(sinceValues.Count)];
            var limit = limitValues[random.Next(limitValues.Count)];
            yield return new ApiCase($"since={Short(since)}&limit={Short(limit)}", HttpMethod.Get, $"{url}?since={Uri.EscapeDataString(since)}&limit={Uri.EscapeDataString(limit)}", () => null);
        }

        yield return new ApiCase("no API key", HttpMethod.Get, url, () => null, ApiKey: null);
        yield return new ApiCase("wrong API key", HttpMethod.Get, url, () => null, ApiKey: "wrong");
    }

    private static readonly FuzzField[] MetadataFields =
    [
        new("externalDocumentId", FieldKind.Text), new("resultType", FieldKind.EnumName),
        new("title", FieldKind.Text, Required: false), new("outcome", FieldKind.EnumName, Required: false),
        new("expiresOn", FieldKind.Date, Required: false), new("vaccine", FieldKind.Text, Required: false), new("dose", FieldKind.Integer, Required: false),
    ];

    private static IEnumerable<ApiCase> DocumentCases(string v1, Targets t, Random random)
    {
        var url = $"{v1}/visits/{Uri.EscapeDataString(t.ExternalVisitId)}/documents";
        var metadata = new JsonObject { ["externalDocumentId"] = "FUZZ-DOC-1", ["resultType"] = "FitTestResults", ["title"] = "Fuzz", ["outcome"] = "Pass" };
        var valid = metadata.ToJsonString();
        HttpContent Upload(string? json, byte[]? file, string fileName = "result.pdf", string fileType = "application/pdf") =>
            FuzzContent.Multipart(
                (json is null ? [] : new[] { FuzzContent.Part("metadata", json) })
                    .Concat(file is null ? [] : new[] { FuzzContent.FilePart("file", file, fileName, fileType) }));

        foreach (var field in MetadataFields)
        {
            foreach (var mutation in Malformed.ForJson(field))
            {
                var json = Mutate(metadata, (field, mutation)).ToJsonString();
                yield return new ApiCase($"metadata.{field.Name}: {mutation.Label}", HttpMethod.Post, url, () => Upload(json, t.Pdf));
            }
        }

        foreach (var (json, i) in new[] { "", "null", "[]", "42", "\"FitTestResults\"", valid[..(valid.Length / 2)], valid + ",", valid.Replace('"', '\'') }.Select((j, i) => (j, i)))
        {
            yield return new ApiCase($"metadata broken {i}", HttpMethod.Post, url, () => Upload(json, t.Pdf));
        }

        yield return new ApiCase("metadata as a broken JSON file part", HttpMethod.Post, url, () => FuzzContent.Multipart(
            [FuzzContent.FilePart("metadata", Encoding.UTF8.GetBytes(valid[..10]), "metadata.json", "application/json"), FuzzContent.FilePart("file", t.Pdf)]));
        yield return new ApiCase("no metadata part", HttpMethod.Post, url, () => Upload(null, t.Pdf));
        yield return new ApiCase("no file part", HttpMethod.Post, url, () => Upload(valid, null));
        yield return new ApiCase("no parts", HttpMethod.Post, url, () => FuzzContent.Multipart([]));

        var corrupt = new byte[4_096];
        random.NextBytes(corrupt);
        byte[][] badFiles =
        [
            [],
            Encoding.UTF8.GetBytes("hello, this is not a PDF"),
            Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"),
            t.Pdf[..(t.Pdf.Length / 2)],
            t.Pdf[..(t.Pdf.Length - 40)],
            t.Pdf[..64],
            Encoding.ASCII.GetBytes("%PDF-1.7\n"),
            [.. Encoding.ASCII.GetBytes("%PDF-1.4\n"), .. corrupt],
            [.. t.Pdf[..200], .. corrupt, .. t.Pdf[^200..]],
            [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00],
            Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"),

            // Hostile PDFs (issue 13): refused with 422 before they are parsed, never a crash or a 5xx.
            HostilePdfs.SelfReferencingKids(),
            HostilePdfs.PageTreeLoop(),
            HostilePdfs.DeeplyNestedArray(),
            HostilePdfs.DeflateBomb(),
            HostilePdfs.OpenActionJavaScript(),
            HostilePdfs.EscapedJavaScriptName(),
            HostilePdfs.JavaScriptInObjectStream(),
            HostilePdfs.LaunchAction(),
            HostilePdfs.EmbeddedFiles(),
            HostilePdfs.SubmitForm(),
            HostilePdfs.ManyPages(),
            [.. HostilePdfs.SelfReferencingKids()[..^30], .. corrupt[..30]],
        ];
        foreach (var (file, i) in badFiles.Select((f, i) => (f, i)))
        {
            yield return new ApiCase($"bad file {i} ({file.Length} bytes)", HttpMethod.Post, url, () => Upload(valid, file));
        }

        yield return new ApiCase("not a PDF sent as application/pdf named .pdf", HttpMethod.Post, url, () => Upload(valid, Encoding.UTF8.GetBytes("MZ\u0090\0 fake exe"), "invoice.pdf"));
        yield return new ApiCase("file name with path traversal and control characters", HttpMethod.Post, url, () => Upload(valid, badFiles[1], "..\\..\\\u0000evil\u202Efdp.exe"));
        yield return new ApiCase("multipart without a boundary", HttpMethod.Post, url, () => FuzzContent.Multipart([FuzzContent.Part("metadata", valid), FuzzContent.FilePart("file", t.Pdf)], contentType: "multipart/form-data"));
        yield return new ApiCase("multipart with another boundary", HttpMethod.Post, url, () => FuzzContent.Multipart([FuzzContent.Part("metadata", valid), FuzzContent.FilePart("file", t.Pdf)], contentType: "multipart/form-data; boundary=not-the-one"));
        yield return new ApiCase("multipart truncated (no end boundary)", HttpMethod.Post, url, () => FuzzContent.Multipart([FuzzContent.Part("metadata", valid), FuzzContent.FilePart("file", t.Pdf)], closed: false));
        yield return new ApiCase("multipart truncated mid-part", HttpMethod.Post, url, () =>
        {
            var whole = FuzzContent.Multipart([FuzzContent.Part("metadata", valid), FuzzContent.FilePart("file", t.Pdf)]).ReadAsByteArrayAsync().GetAwaiter().GetResult();
            return FuzzContent.Raw(whole[..(whole.Length / 2)], "multipart/form-data; boundary=fuzz-boundary");
        });
        yield return new ApiCase("multipart part without Content-Disposition", HttpMethod.Post, url, () => FuzzContent.Multipart([("Content-Type: application/json", Encoding.UTF8.GetBytes(valid)), FuzzContent.FilePart("file", t.Pdf)]));
        yield return new ApiCase("multipart with 2,000 parts", HttpMethod.Post, url, () => FuzzContent.Multipart(Enumerable.Range(0, 2_000).Select(i => FuzzContent.Part($"p{i}", "x")).Append(FuzzContent.Part("metadata", valid))));
        yield return new ApiCase("multipart with a huge part header", HttpMethod.Post, url, () => FuzzContent.Multipart([($"Content-Disposition: form-data; name=\"{new string('m', 20_000)}\"", Encoding.UTF8.GetBytes(valid)), FuzzContent.FilePart("file", t.Pdf)]));
        yield return new ApiCase("JSON instead of multipart", HttpMethod.Post, url, () => FuzzContent.Raw(valid, "application/json"));
        yield return new ApiCase("raw PDF body", HttpMethod.Post, url, () => FuzzContent.Raw(t.Pdf, "application/pdf"));
        yield return new ApiCase("url-encoded form without a file", HttpMethod.Post, url, () => FuzzContent.Form([new("metadata", valid), new("file", "JVBERi0xLjQK")]));
        yield return new ApiCase("text/plain", HttpMethod.Post, url, () => FuzzContent.Raw("metadata=x", "text/plain"));

        var oversized = new byte[(int)EmployerPortal.Web.Api.Visits.VisitsEndpoints.UploadRequestLimit + 1_024];
        yield return new ApiCase("oversized upload", HttpMethod.Post, url, () => Upload(valid, oversized));
        yield return new ApiCase("oversized upload without Content-Length", HttpMethod.Post, url, () =>
            FuzzContent.UnknownLength(Upload(valid, oversized).ReadAsByteArrayAsync().GetAwaiter().GetResult(), "multipart/form-data; boundary=fuzz-boundary"));
        yield return new ApiCase("no API key", HttpMethod.Post, url, () => Upload(valid, t.Pdf), ApiKey: null);

        foreach (var id in BadRouteValues)
        {
            var route = id.Contains('%', StringComparison.Ordinal) || id == ".." ? id : Uri.EscapeDataString(id);
            yield return new ApiCase($"route value {Short(id)}", HttpMethod.Post, $"{v1}/visits/{route}/documents", () => Upload(valid, t.Pdf));
        }

        for (var i = 0; i < RandomCombinationsPerEndpoint; i++)
        {
            var picked = MetadataFields.OrderBy(_ => random.Next()).Take(random.Next(1, 3))
                .Select(f => (Field: f, Mutations: Malformed.ForJson(f).ToList()))
                .Select(p => (p.Field, p.Mutations[random.Next(p.Mutations.Count)]))
                .ToArray();
            var json = Mutate(metadata, picked).ToJsonString();
            var file = badFiles[random.Next(badFiles.Length)];
            var withValidFile = random.Next(2) == 0;
            yield return new ApiCase(
                $"combination: {string.Join(", ", picked.Select(p => $"{p.Field.Name} {p.Item2.Label}"))}{(withValidFile ? "" : $", {file.Length}-byte bad file")}",
                HttpMethod.Post, url, () => Upload(json, withValidFile ? t.Pdf : file));
        }
    }

    /// <summary>Methods a route does not map (405) — with the API key, so the answer is about the method.</summary>
    private static IEnumerable<ApiCase> WrongMethodCases(Dictionary<string, string[]> routes)
    {
        var byPattern = routes.SelectMany(r => r.Value.Select(p => (Pattern: p, Method: r.Key.Split(' ')[0])))
            .GroupBy(r => r.Pattern);
        foreach (var pattern in byPattern)
        {
            var url = System.Text.RegularExpressions.Regex.Replace(pattern.Key, "{[^}]+}", "FUZZ-1");
            foreach (var method in new[] { HttpMethod.Delete, HttpMethod.Patch, HttpMethod.Put, HttpMethod.Post, HttpMethod.Get }
                         .Where(m => !pattern.Any(p => p.Method == m.Method)))
            {
                yield return new ApiCase($"{method} not mapped on {pattern.Key}", method, url, () => method == HttpMethod.Get ? null : FuzzContent.Json(new JsonObject()));
            }
        }
    }

    private static IEnumerable<ApiCase> UnknownRouteCases() =>
        new[] { "/api/ops/v1", "/api/ops/v1/", "/api/ops/v1/nothing-here", "/api/ops/v2/companies", "/api/ops/v1/companies/100200/users", "/api/ops/v1/visits/x/documents/y/z", "/api/anything" }
            .Select(url => new ApiCase($"unknown route {url}", HttpMethod.Get, url, () => null));

    /// <summary>The answer must be a 4xx RFC 9457 ProblemDetails whose status is the response's; null when it is, else what is wrong.</summary>
    private static async Task<string?> CheckAsync(HttpClient client, ApiCase fuzz)
    {
        using var request = new HttpRequestMessage(fuzz.Method, fuzz.Url) { Content = fuzz.Content() };
        if (fuzz.ApiKey is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Api-Key", fuzz.ApiKey);
        }

        if (fuzz.Accept is not null)
        {
            request.Headers.Accept.Clear();
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(fuzz.Accept));
        }

        var (sent, crash) = await FuzzContent.SendAsync(client, request, fuzz);
        if (sent is not { } response)
        {
            return crash;
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync();
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            if (status is < 400 or >= 500)
            {
                return $"{fuzz} → {status} {Short(body, 200)}";
            }

            if (mediaType != "application/problem+json")
            {
                return $"{fuzz} → {status} with {mediaType ?? "no content type"}: {Short(body, 120)}";
            }

            try
            {
                var problem = JsonSerializer.Deserialize<ProblemDetails>(body, JsonSerializerOptions.Web);
                if (problem?.Status != status || string.IsNullOrWhiteSpace(problem.Title))
                {
                    return $"{fuzz} → {status} ProblemDetails without a matching status and a title: {Short(body, 200)}";
                }
            }
            catch (JsonException)
            {
                return $"{fuzz} → {status} problem+json that is not a ProblemDetails: {Short(body, 200)}";
            }

            return null;
        }
    }

    /// <summary>A copy of <paramref name="valid"/> with the fields changed; a field under a parent that is no longer an object is skipped.</summary>
    private static JsonObject Mutate(JsonObject valid, params (FuzzField Field, JsonMutation Mutation)[] changes)
    {
        var body = (JsonObject)valid.DeepClone();
        foreach (var (field, mutation) in changes)
        {
            var path = field.Name.Split('.');
            JsonNode? parent = body;
            foreach (var segment in path[..^1])
            {
                parent = parent is JsonObject o ? o[segment] : null;
            }

            if (parent is not JsonObject target)
            {
                continue;
            }

            if (mutation.Omit)
            {
                target.Remove(path[^1]);
            }
            else
            {
                target[path[^1]] = mutation.Value?.DeepClone();
            }
        }

        return body;
    }

    private static string Short(string value, int length = 30) =>
        value.Length <= length ? value : $"{value[..length]}…({value.Length})";

    private sealed record ApiCase(string Label, HttpMethod Method, string Url, Func<HttpContent?> Content, string? ApiKey = PortalFactory.DevelopmentApiKey, string? Accept = null)
    {
        public override string ToString() => $"{Method} {Short(Url, 90)} [{Short(Label, 120)}]";
    }
}
