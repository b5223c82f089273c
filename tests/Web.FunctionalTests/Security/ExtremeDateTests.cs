using System.Net;
using EmployerPortal.Web.FunctionalTests.Infrastructure;

namespace EmployerPortal.Web.FunctionalTests.Security;

/// <summary>Dates at the ends of the calendar and reversed ranges answer a message, never a 500.</summary>
public sealed class ExtremeDateTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    public static TheoryData<string> Searches() =>
    [
        "/Visits?From=9999-12-31&To=9999-12-31",
        "/Visits?From=0001-01-01&To=0001-01-01",
        "/Visits?From=2026-12-02&To=2026-12-01",
        "/Audit?From=9999-12-31&To=9999-12-31",
        "/Audit?From=0001-01-01",
        "/Audit?From=2026-12-02&To=2026-12-01",
        "/Authorizations?Search.CreatedFrom=9999-12-31&Search.CreatedTo=9999-12-31",
        "/Authorizations?Search.CreatedFrom=0001-01-01",
        "/Authorizations?Search.CreatedFrom=2026-12-02&Search.CreatedTo=2026-12-01",
        "/Results?From=9999-12-31&To=9999-12-31",
        "/Results?From=0001-01-01",
        "/Results?From=2026-12-02&To=2026-12-01",
    ];

    [Theory]
    [MemberData(nameof(Searches))]
    public async Task A_search_with_an_extreme_or_reversed_date_says_why_beside_the_field(string url)
    {
        var client = await factory.SignedInClientAsync("admin@acme.example");

        var response = await client.GetAsync(url);

        ((int)response.StatusCode).ShouldBeLessThan(500);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldMatch("(between 1900 and 2100|before)", "the page says what is wrong with the date");
    }

    [Theory]
    [InlineData("/Results?From=2026-12-02&To=2026-12-01", "result-row")]
    [InlineData("/Authorizations?Search.CreatedFrom=2026-12-02&Search.CreatedTo=2026-12-01", "authorization-row")]
    [InlineData("/Authorizations?Search.CreatedFrom=9999-12-31", "authorization-row")]
    public async Task A_refused_filter_is_dropped_and_the_list_is_shown_without_it(string url, string row)
    {
        var client = await factory.SignedInClientAsync("admin@acme.example");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(url));

        html.ShouldMatch("(between 1900 and 2100|before)");
        html.ShouldContain($"data-testid=\"{row}\"", customMessage: "the demo company's list, searched without the refused dates");
    }

    [Theory]
    [InlineData("9999-12-01", "9999-12-31")]
    [InlineData("0001-01-01", "0001-01-31")]
    [InlineData("2026-12-02", "2026-12-01")]
    public async Task A_report_for_an_extreme_or_reversed_period_is_refused_beside_the_field(string from, string to)
    {
        var client = await factory.SignedInClientAsync("admin@acme.example");

        var response = await PortalFactory.PostFormAsync(client, "/Reports?handler=Run",
            new Dictionary<string, string> { ["Input.Kind"] = "EmployerPatientVisit", ["Input.From"] = from, ["Input.To"] = to, ["Input.Format"] = "Csv" },
            formPageUrl: "/Reports");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
