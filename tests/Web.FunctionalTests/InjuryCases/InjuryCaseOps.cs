using System.Net.Http.Json;
using System.Text.Json;
using EmployerPortal.Web.FunctionalTests.Results;

namespace EmployerPortal.Web.FunctionalTests.InjuryCases;

/// <summary>Arranges injury cases through the ops API, as the clinic system does.</summary>
internal sealed class InjuryCaseOps(HttpClient ops)
{
    public static object Visit(
        string externalVisitId,
        string externalCaseId,
        DateOnly injuryDate,
        string lastName,
        string? locationCode = null,
        string accountNumber = "100200",
        string category = "Injury",
        string? claimNumber = "WC-77",
        DateTimeOffset? scheduledAt = null) => new
        {
            externalVisitId,
            companyAccountNumber = accountNumber,
            employee = new { firstName = "Casey", lastName, dateOfBirth = "1985-04-12", employeeId = "E-" + lastName },
            category,
            scheduledAt = scheduledAt ?? new DateTimeOffset(injuryDate.ToDateTime(new TimeOnly(15, 0)), TimeSpan.FromHours(-6)),
            clinic = "Downtown Clinic",
            locationCode,
            injuryCase = new
            {
                externalCaseId,
                injuryDate = injuryDate.ToString("yyyy-MM-dd"),
                injuryTime = "14:15:00",
                bodyPart = "Left wrist",
                claimNumber,
                carrier = "Lone Star Mutual",
                description = "Slipped on the loading dock",
            },
        };

    public Task<HttpResponseMessage> RegisterAsync(object body) => ops.PostAsJsonAsync("/api/ops/v1/visits", body);

    public Task<HttpResponseMessage> WorkStatusAsync(string externalVisitId, object body) =>
        ops.PostAsJsonAsync($"/api/ops/v1/visits/{Uri.EscapeDataString(externalVisitId)}/work-status", body);

    /// <summary>A new case with one visit; returns the visit's external id and the case's portal id.</summary>
    public async Task<(string Visit, Guid CaseId)> OpenCaseAsync(DateOnly injuryDate, string lastName, string? locationCode = null, string accountNumber = "100200")
    {
        var visit = OpsVisitsClient.NewId("IV");
        var response = await RegisterAsync(Visit(visit, OpsVisitsClient.NewId("IC"), injuryDate, lastName, locationCode, accountNumber));
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (visit, body.GetProperty("injuryCase").GetProperty("injuryCaseId").GetGuid());
    }

    public async Task ModifiedDutyAsync(string visit, DateOnly from, DateTimeOffset? nextAppointmentAt = null, params string[] restrictions) =>
        (await WorkStatusAsync(visit, new
        {
            status = "ModifiedDuty",
            restrictions = restrictions.Length == 0 ? ["No lifting over 10 lb"] : restrictions,
            effectiveFrom = from.ToString("yyyy-MM-dd"),
            nextAppointmentAt,
            expectedFullDutyOn = from.AddDays(14).ToString("yyyy-MM-dd"),
        })).EnsureSuccessStatusCode();
}

/// <summary>The field errors of a 400 ProblemDetails, by field.</summary>
internal static class Problems
{
    public static async Task<Dictionary<string, string[]>> FieldErrorsAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        return errors.EnumerateObject().ToDictionary(e => e.Name, e => e.Value.EnumerateArray().Select(m => m.GetString()!).ToArray());
    }
}
