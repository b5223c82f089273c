using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EmployerPortal.Infrastructure.Pdf;

namespace EmployerPortal.Web.FunctionalTests.Results;

/// <summary>Drives the visits part of the ops API the way ops tooling does, for arranging results in tests.</summary>
internal sealed class OpsVisitsClient(HttpClient ops)
{
    public HttpClient Http => ops;

    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 60)];

    public static object VisitBody(
        string externalVisitId,
        string accountNumber = "100200",
        string firstName = "Dana",
        string lastName = "Whitfield",
        string? employeeId = "E-1042",
        string category = "Injury",
        DateTimeOffset? scheduledAt = null,
        string clinic = "Downtown Clinic",
        string dateOfBirth = "1988-06-21",
        string? locationCode = null) => new
        {
            externalVisitId,
            companyAccountNumber = accountNumber,
            employee = new { firstName, lastName, dateOfBirth, employeeId },
            category,
            scheduledAt = scheduledAt ?? new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(-6)),
            clinic,
            locationCode,
        };

    public Task<HttpResponseMessage> RegisterAsync(object body) => ops.PostAsJsonAsync("/api/ops/v1/visits", body);

    public async Task<string> RegisterVisitAsync(
        string accountNumber = "100200",
        string firstName = "Dana",
        string lastName = "Whitfield",
        string? employeeId = "E-1042",
        string category = "Injury",
        DateTimeOffset? scheduledAt = null,
        string? locationCode = null)
    {
        var id = NewId("V");
        var response = await RegisterAsync(VisitBody(id, accountNumber, firstName, lastName, employeeId, category, scheduledAt, locationCode: locationCode));
        response.EnsureSuccessStatusCode();
        return id;
    }

    public Task<HttpResponseMessage> ChangeStatusAsync(string externalVisitId, string status, DateTimeOffset? at = null) =>
        ops.PostAsJsonAsync($"/api/ops/v1/visits/{externalVisitId}/status", new { status, at });

    public Task<HttpResponseMessage> UploadAsync(string externalVisitId, string? metadataJson, byte[]? file, string fileName = "result.pdf")
    {
        var content = new MultipartFormDataContent();
        if (metadataJson is not null)
        {
            content.Add(new StringContent(metadataJson), "metadata");
        }

        if (file is not null)
        {
            var part = new ByteArrayContent(file);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(part, "file", fileName);
        }

        return ops.PostAsync($"/api/ops/v1/visits/{externalVisitId}/documents", content);
    }

    public static string Metadata(string externalDocumentId, string resultType = "FitTestResults", string? outcome = "Pass", string? title = null) =>
        JsonSerializer.Serialize(new { externalDocumentId, resultType, outcome, title });

    /// <summary>Uploads a fresh PDF and returns the portal's document id.</summary>
    public async Task<Guid> UploadDocumentAsync(string externalVisitId, string resultType = "FitTestResults", string? outcome = "Pass", int pages = 1, string? heading = null)
    {
        var pdf = SamplePdf.Create(heading ?? $"{resultType} {Guid.NewGuid():N}", ["Sample result"], pages);
        var response = await UploadAsync(externalVisitId, Metadata(NewId("D"), resultType, outcome), pdf);
        response.EnsureSuccessStatusCode();
        var added = await response.Content.ReadFromJsonAsync<JsonElement>();
        return added.GetProperty("documentId").GetGuid();
    }
}
