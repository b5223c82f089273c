using System.Net;
using System.Text.RegularExpressions;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using static EmployerPortal.Web.FunctionalTests.Authorizations.AuthorizationTestData;

namespace EmployerPortal.Web.FunctionalTests.Authorizations;

/// <summary>"Authorize again" opens the form filled from an existing authorization, without its dates.</summary>
public sealed class AuthorizeAgainTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static string InputValue(string html, string name) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"<input[^>]*name=\"{Regex.Escape(name)}\"[^>]*>").Value is var tag && Regex.Match(tag, "value=\"([^\"]*)\"") is { Success: true } v ? v.Groups[1].Value : "");

    [Fact]
    public async Task The_details_page_links_to_a_form_filled_with_the_employee_reason_services_instructions_and_location_but_not_the_dates()
    {
        var command = Command("Agnes", "Again", "agnes.again@employee.example", factory.AcmeToday.AddDays(5)) with { LocationCode = "PHX" };
        var created = await CreateAsync(factory, AcmeAdmin, command);
        var client = await factory.SignedInClientAsync(AcmeAdmin);

        var details = await client.GetStringAsync($"/Authorizations/Details/{created.Id}");
        var link = WebUtility.HtmlDecode(Regex.Match(details, "<a[^>]*data-testid=\"authorize-again\"[^>]*>").Value);
        var href = Regex.Match(link, "href=\"([^\"]+)\"").Groups[1].Value;
        href.ShouldBe($"/Authorizations/Create?from={created.Id}");
        var form = await client.GetStringAsync(href);

        InputValue(form, "Input.FirstName").ShouldBe("Agnes");
        InputValue(form, "Input.LastName").ShouldBe("Again");
        InputValue(form, "Input.DateOfBirth").ShouldBe("1990-05-17");
        InputValue(form, "Input.EmployeeId").ShouldBe("E-77");
        InputValue(form, "Input.Email").ShouldBe("agnes.again@employee.example");
        form.ShouldMatch("<input[^>]*value=\"NonInjury\"[^>]*checked");
        form.ShouldMatch("<input[^>]*value=\"PHYS-DOT\"[^>]*checked");
        form.ShouldNotMatch("<input[^>]*value=\"IMM-FLU\"[^>]*checked");
        form.ShouldMatch("<option[^>]*selected[^>]*value=\"5-panel\"|<option[^>]*value=\"5-panel\"[^>]*selected");
        form.ShouldMatch("<option[^>]*selected[^>]*value=\"PHX\"|<option[^>]*value=\"PHX\"[^>]*selected");
        form.ShouldMatch(@"name=""Input.SpecialInstructions""[^>]*>\s*Bring to the side entrance.</textarea>");
        InputValue(form, "Input.ValidUntil").ShouldBe(factory.AcmeToday.AddDays(30).ToString("yyyy-MM-dd"), "the dates are the new authorization's own");
    }

    [Fact]
    public async Task Another_company_s_authorization_cannot_be_authorized_again()
    {
        var globexAuthorization = await CreateAsync(factory, GlobexAdmin, "Gus", "Globex");
        var acme = await factory.SignedInClientAsync(AcmeAdmin);

        var response = await acme.GetAsync($"/Authorizations/Create?from={globexAuthorization.Id}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("Gus");
    }
}
