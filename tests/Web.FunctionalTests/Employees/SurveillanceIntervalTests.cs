using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EmployerPortal.DemoData;
using EmployerPortal.Infrastructure.Pdf;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using EmployerPortal.Web.FunctionalTests.Reports;
using EmployerPortal.Web.FunctionalTests.Results;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Web.FunctionalTests.Employees;

/// <summary>
/// Medical surveillance exams fall due at the interval ops sets for the company (PUT …/settings
/// <c>surveillanceIntervalMonths</c>): a Medical Surveillance Medical Opinion Letter renews the item, the Compliance
/// CSV and the employee page move the due date when ops changes the interval, and renewal offers the exam.
/// </summary>
public sealed class SurveillanceIntervalTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly OpsVisitsClient _ops = new(factory.OpsClient());

    private Task<HttpResponseMessage> IntervalAsync(int months) =>
        factory.OpsClient().PutAsJsonAsync($"/api/ops/v1/companies/{DemoDataSeeder.Acme.AccountNumber}/settings", new { status = "Active", surveillanceIntervalMonths = months });

    [Fact]
    public async Task An_opinion_letter_renews_the_exam_for_the_companys_interval_and_a_new_interval_moves_the_due_date()
    {
        var number = RosterClient.NewNumber();
        var last = "Surv" + Guid.NewGuid().ToString("N")[..6];
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var html = await (await RosterClient.PreviewAsync(admin, $"{RosterClient.Header}\n{RosterClient.Row(number, last, programs: "Medical surveillance")}\n")).Content.ReadAsStringAsync();
        (await RosterClient.ApplyAsync(admin, RosterClient.TokenOf(html).ShouldNotBeNull(), html)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var visit = OpsVisitsClient.NewId("V");
        var examAt = factory.Clock.GetUtcNow().AddDays(-200);
        (await _ops.RegisterAsync(new
        {
            externalVisitId = visit, companyAccountNumber = "100200", category = "NonInjury", scheduledAt = examAt, clinic = "Northside Clinic",
            employee = new { firstName = "Robin", lastName = last, dateOfBirth = "1985-04-12", employeeId = number },
        })).EnsureSuccessStatusCode();
        (await _ops.UploadAsync(visit, JsonSerializer.Serialize(new { externalDocumentId = OpsVisitsClient.NewId("D"), resultType = "MedicalSurveillanceOpinionLetter" }),
            SamplePdf.Create("Opinion letter", ["Sample"]))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var examDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(examAt, PortalFactory.AcmeZone).DateTime);

        var yearly = RowOf(await admin.GetStringAsync("/Compliance?handler=Csv"), number);
        var changed = await IntervalAsync(6);
        var sixMonthly = RowOf(await admin.GetStringAsync("/Compliance?handler=Csv"), number);
        var employeeId = await factory.WithDbAsync(db => db.RosterEmployees.Where(e => e.EmployeeNumber == number).Select(e => e.Id.Value).SingleAsync());
        var employeePage = await admin.GetStringAsync($"/Employees/Details/{employeeId}");
        (await IntervalAsync(12)).EnsureSuccessStatusCode();

        yearly["Item"].ShouldBe("Medical surveillance exam");
        yearly["Program"].ShouldBe("Medical surveillance");
        yearly["Last done"].ShouldBe(examDay.ToString("yyyy-MM-dd"));
        yearly["Due on"].ShouldBe(examDay.AddMonths(12).ToString("yyyy-MM-dd"));
        yearly["Status"].ShouldBe("Current");
        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("surveillanceIntervalMonths").GetInt32().ShouldBe(6);
        sixMonthly["Due on"].ShouldBe(examDay.AddMonths(6).ToString("yyyy-MM-dd"));
        sixMonthly["Status"].ShouldBe("Overdue", "200 days ago is more than six months");
        employeePage.ShouldContain("data-status=\"Overdue\" data-kind=\"SurveillanceExam\"");
        employeePage.ShouldContain("PHYS-SURV", Case.Sensitive, "renewal authorizes the surveillance exam");
    }

    private static Dictionary<string, string> RowOf(string csv, string number)
    {
        var rows = CsvTable.Parse(csv.TrimStart('\uFEFF'));
        var row = rows.Single(r => r[0] == number);
        return rows[0].Zip(row).ToDictionary(p => p.First, p => p.Second);
    }
}
