using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EmployerPortal.Domain.Companies;
using EmployerPortal.DemoData;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Web.FunctionalTests.Companies;

public sealed class OpsCompaniesApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Companies = "/api/ops/v1/companies";

    public static object NewCompany(string accountNumber, string adminEmail) => new
    {
        accountNumber,
        name = "Initech Corp",
        phone = "(512) 555-0100",
        address = new { line1 = "1 Congress Ave", line2 = (string?)null, city = "Austin", state = "TX", postalCode = "78701" },
        firstAdmin = new { email = adminEmail, firstName = "Bill", lastName = "Lumbergh" },
    };

    [Fact]
    public async Task Provisioning_a_company_answers_201_with_its_location_and_records_the_invited_first_admin()
    {
        var response = await factory.OpsClient().PostAsJsonAsync(Companies, NewCompany("700001", "bill@initech.example"));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe("/api/ops/v1/companies/700001");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("accountNumber").GetString().ShouldBe("700001");
        var admin = await factory.WithDbAsync(db => db.PortalUsers.AsNoTracking().SingleAsync(u => u.Email == "bill@initech.example"));
        admin.Id.Value.ShouldBe(body.GetProperty("firstAdminUserId").GetGuid());
        admin.Role.ShouldBe(Domain.Users.UserRole.Admin);
        admin.Status.ShouldBe(Domain.Users.UserStatus.Invited);

        var read = await factory.OpsClient().GetFromJsonAsync<JsonElement>(response.Headers.Location);
        read.GetProperty("name").GetString().ShouldBe("Initech Corp");
        read.GetProperty("status").GetString().ShouldBe("Active");
        read.GetProperty("address").GetProperty("postalCode").GetString().ShouldBe("78701");
    }

    [Fact]
    public async Task Provisioning_a_taken_account_number_is_a_409_problem()
    {
        var response = await factory.OpsClient().PostAsJsonAsync(Companies, NewCompany(DemoDataSeeder.Acme.AccountNumber, "someone@new.example"));

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!.ShouldContain("already taken");
    }

    [Fact]
    public async Task Provisioning_with_an_admin_email_already_in_use_is_a_409_problem()
    {
        var response = await factory.OpsClient().PostAsJsonAsync(Companies, NewCompany("700009", DemoDataSeeder.Acme.AdminEmail));

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("accountNumber", "12")]
    [InlineData("name", "")]
    [InlineData("phone", "555")]
    [InlineData("address.state", "ZZ")]
    [InlineData("address.postalCode", "7870")]
    [InlineData("address.city", "")]
    [InlineData("address.line1", "")]
    [InlineData("firstAdmin.email", "not-an-email")]
    [InlineData("timeZone", "Mars/Olympus_Mons")]
    [InlineData("firstAdmin.firstName", "")]
    [InlineData("firstAdmin.lastName", "<b>")]
    public async Task Each_invalid_field_is_a_400_problem_naming_that_field(string field, string value)
    {
        var body = JsonSerializer.SerializeToNode(NewCompany("700100", "valid@initech.example"), JsonSerializerOptions.Web)!;
        var parts = field.Split('.');
        var target = parts.Length == 2 ? body[parts[0]]! : body;
        target[parts[^1]] = value;

        var response = await factory.OpsClient().PostAsJsonAsync(Companies, body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldBe([field]);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem()
    {
        var response = await factory.OpsClient().PostAsync(Companies, new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Reading_an_unknown_company_is_a_404_problem()
    {
        var response = await factory.OpsClient().GetAsync($"{Companies}/999999");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Reading_a_company_without_an_api_key_is_a_401_problem()
    {
        var response = await factory.OpsClient(apiKey: null).GetAsync($"{Companies}/{DemoDataSeeder.Acme.AccountNumber}");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task A_wrong_api_key_is_a_401()
    {
        var response = await factory.OpsClient("epk_wrong").PostAsJsonAsync(Companies, NewCompany("700200", "x@initech.example"));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Changing_settings_answers_the_company_with_the_new_settings()
    {
        (await factory.OpsClient().PostAsJsonAsync(Companies, NewCompany("700300", "settings@initech.example"))).EnsureSuccessStatusCode();

        var response = await factory.OpsClient().PutAsJsonAsync($"{Companies}/700300/settings", new
        {
            status = "Active",
            drugScreenPortalUrl = "https://drugscreen.example/initech",
            nonStandardResultTypes = new[] { "ProprietaryForm" },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("drugScreenPortalUrl").GetString().ShouldBe("https://drugscreen.example/initech");
        body.GetProperty("enabledNonStandardResultTypes").EnumerateArray().Select(e => e.GetString()).ShouldBe(["ProprietaryForm"]);
        var company = await factory.WithDbAsync(db => db.Companies.AsNoTracking().SingleAsync(c => c.AccountNumber == AccountNumber.From("700300")));
        company.Accepts(Domain.Results.ResultType.ProprietaryForm).ShouldBeTrue();
    }

    [Theory]
    [InlineData("""{"drugScreenPortalUrl":null}""", "status")]
    [InlineData("""{"status":"Active","drugScreenPortalUrl":"ftp://x.example"}""", "drugScreenPortalUrl")]
    [InlineData("""{"status":"Active","nonStandardResultTypes":["MecDotCard"]}""", "nonStandardResultTypes[0]")]
    [InlineData("""{"status":"Active","timeZone":"Central Standard Time"}""", "timeZone")]
    [InlineData("""{"status":"Active","surveillanceIntervalMonths":0}""", "surveillanceIntervalMonths")]
    [InlineData("""{"status":"Active","surveillanceIntervalMonths":61}""", "surveillanceIntervalMonths")]
    public async Task Invalid_settings_are_a_400_problem_naming_the_field(string json, string field)
    {
        var response = await factory.OpsClient().PutAsync(
            $"{Companies}/{DemoDataSeeder.Globex.AccountNumber}/settings", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldBe([field]);
    }

    [Fact]
    public async Task An_unknown_status_name_is_a_400_problem()
    {
        var response = await factory.OpsClient().PutAsync(
            $"{Companies}/{DemoDataSeeder.Globex.AccountNumber}/settings", new StringContent("""{"status":"Closed"}""", System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Changing_settings_of_an_unknown_company_is_a_404()
    {
        var response = await factory.OpsClient().PutAsJsonAsync($"{Companies}/999998/settings", new { status = "Suspended" });

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_suspended_company_s_users_get_the_wrong_password_answer_and_sign_in_again_once_reactivated()
    {
        var provisioned = await (await factory.OpsClient().PostAsJsonAsync(Companies, NewCompany("700400", "suspended@initech.example")))
            .Content.ReadFromJsonAsync<JsonElement>();
        await DemoAccounts.SetInitialPasswordAsync(factory.Services, provisioned.GetProperty("firstAdminUserId").GetGuid(), DemoDataSeeder.DemoPassword);
        (await factory.SignedInClientAsync("suspended@initech.example")).ShouldNotBeNull();

        (await factory.OpsClient().PutAsJsonAsync($"{Companies}/700400/settings", new { status = "Suspended" })).EnsureSuccessStatusCode();

        var refused = await PortalFactory.PostFormAsync(factory.CreateBrowserLikeClient(), "/Account/SignIn", new Dictionary<string, string>
        {
            ["Input.Email"] = "suspended@initech.example",
            ["Input.Password"] = DemoDataSeeder.DemoPassword,
        });
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).ShouldContain(EmployerPortal.Web.Pages.Account.SignInModel.InvalidCredentialsMessage);

        (await factory.OpsClient().PutAsJsonAsync($"{Companies}/700400/settings", new { status = "Active" })).EnsureSuccessStatusCode();
        (await factory.SignedInClientAsync("suspended@initech.example")).ShouldNotBeNull();
    }
}
