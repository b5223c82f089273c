using System.Net;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using static EmployerPortal.Web.FunctionalTests.Authorizations.AuthorizationTestData;

namespace EmployerPortal.Web.FunctionalTests.Authorizations;

/// <summary>Authorization search folds names the way results search does: case, accents and punctuation do not matter.</summary>
public sealed class AuthorizationSearchTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static async Task<string> HtmlAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [Theory]
    [InlineData("josé")]
    [InlineData("jose")]
    [InlineData("JOSE")]
    [InlineData("munoz")]
    [InlineData("Muñoz")]
    [InlineData("munoz jose")]
    [InlineData("jose munoz")]
    public async Task A_name_search_finds_the_employee_whatever_the_case_and_accents(string search)
    {
        await CreateAsync(factory, AcmeAdmin, "José", "Muñoz");
        await CreateAsync(factory, AcmeAdmin, "Łukasz", "Żółć");
        var client = await factory.SignedInClientAsync(AcmeViewer);

        var html = await HtmlAsync(await client.GetAsync($"/Authorizations?Search.EmployeeName={Uri.EscapeDataString(search)}"));

        html.ShouldContain("José Muñoz");
        html.ShouldNotContain("Łukasz");
    }

    [Fact]
    public async Task Polish_letters_fold_too()
    {
        await CreateAsync(factory, AcmeAdmin, "Łukasz", "Żółćowski");
        var client = await factory.SignedInClientAsync(AcmeViewer);

        var html = await HtmlAsync(await client.GetAsync("/Authorizations?Search.EmployeeName=lukasz%20zolc"));

        html.ShouldContain("Łukasz Żółćowski");
    }

    [Fact]
    public async Task An_over_long_name_is_answered_beside_the_field()
    {
        var client = await factory.SignedInClientAsync(AcmeViewer);

        var response = await client.GetAsync($"/Authorizations?Search.EmployeeName={new string('a', 201)}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await HtmlAsync(response);
        html.ShouldContain("A name search can be at most 200 characters long.");
        html.ShouldContain("field-validation-error");
    }

    [Fact]
    public async Task An_over_long_name_in_the_results_search_is_answered_beside_the_field_and_the_list_still_shows()
    {
        var client = await factory.SignedInClientAsync(AcmeViewer);

        var response = await client.GetAsync($"/Results?Name={new string('a', 101)}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await HtmlAsync(response);
        html.ShouldContain("A name search can be at most 100 characters long.");
        html.ShouldContain("data-valmsg-for=\"Name\"");
        html.ShouldContain("field-validation-error");
    }
}
