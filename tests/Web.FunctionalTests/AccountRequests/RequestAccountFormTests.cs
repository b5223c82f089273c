using System.Net;
using EmployerPortal.Domain.AccountRequests;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Web.FunctionalTests.AccountRequests;

/// <summary>A portal whose public-form rate limit does not get in the way of many submissions.</summary>
public sealed class GenerousRateLimitPortalFactory : PortalFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["PublicForms:PermitLimit"] = "1000" };
}

/// <summary>A portal that allows two submissions of a public form per window.</summary>
public sealed class StrictRateLimitPortalFactory : PortalFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["PublicForms:PermitLimit"] = "2" };
}

internal static class RequestAccountForm
{
    public const string Url = "/Account/RequestAccount";

    public static Dictionary<string, string> Fields(string email = "pat@prospect.example", string companyName = "Prospect Freight") => new()
    {
        ["Input.CompanyName"] = companyName,
        ["Input.ContactName"] = "Pat Prospect",
        ["Input.Email"] = email,
        ["Input.Phone"] = "(469) 555-0175",
        ["Input.NumberOfEmployees"] = "340",
        ["Input.LocationZipCodes"] = "75201, 75202-1234",
        ["Input.Services"] = "DotPhysicals",
        ["Input.Message"] = "We run 40 trucks out of Dallas.",
        ["Input.Website"] = string.Empty,
    };
}

public sealed class RequestAccountFormTests(GenerousRateLimitPortalFactory factory) : IClassFixture<GenerousRateLimitPortalFactory>
{
    private Task<List<AccountRequest>> RequestsFromAsync(string email) =>
        factory.WithDbAsync(db => db.Set<AccountRequest>().AsNoTracking().Where(r => r.Email == email).ToListAsync());

    [Fact]
    public async Task The_sign_in_page_links_to_the_request_form_which_is_public()
    {
        var client = factory.CreateBrowserLikeClient();

        (await client.GetStringAsync("/Account/SignIn")).ShouldContain($"href=\"{RequestAccountForm.Url}\"");
        (await client.GetAsync(RequestAccountForm.Url)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_prospect_s_request_is_stored_and_they_are_sent_to_the_confirmation_page()
    {
        var fields = RequestAccountForm.Fields("stored@prospect.example");
        var response = await PortalFactory.PostFormAsync(factory.CreateBrowserLikeClient(), RequestAccountForm.Url, fields);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/Account/RequestAccountReceived");
        var stored = (await RequestsFromAsync("stored@prospect.example")).ShouldHaveSingleItem();
        stored.CompanyName.ShouldBe("Prospect Freight");
        stored.NumberOfEmployees.ShouldBe(340);
        stored.LocationZipCodes.ShouldBe(["75201", "75202-1234"]);
        stored.Services.ShouldBe(ServicesOfInterest.DotPhysicals);
        (await factory.CreateClient().GetStringAsync("/Account/RequestAccountReceived")).ShouldContain("we received your request");
    }

    [Theory]
    [InlineData("Input.CompanyName", "", "Enter your company's name.")]
    [InlineData("Input.ContactName", "", "Enter your name.")]
    [InlineData("Input.Email", "pat@", "Enter a valid email address.")]
    [InlineData("Input.Phone", "12345", "Enter a 10-digit phone number")]
    [InlineData("Input.NumberOfEmployees", "0", "Enter a number of employees between 1 and 1,000,000.")]
    [InlineData("Input.NumberOfEmployees", "lots", "Enter the number of employees.")]
    [InlineData("Input.LocationZipCodes", "75201, 7520", "Enter ZIP codes as 12345 or 12345-6789")]
    [InlineData("Input.LocationZipCodes", "", "Enter the ZIP code of at least one location.")]
    [InlineData("Input.Services", "", "Choose at least one service")]
    [InlineData("Input.Message", "<script>", "Use plain text only")]
    public async Task Each_invalid_field_shows_its_message_beside_it_and_nothing_is_stored(string field, string value, string message)
    {
        var fields = RequestAccountForm.Fields($"invalid-{Guid.NewGuid():N}@prospect.example");
        fields[field] = value;
        if (field == "Input.Services")
        {
            fields.Remove(field);
        }

        var response = await PortalFactory.PostFormAsync(factory.CreateBrowserLikeClient(), RequestAccountForm.Url, fields);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await response.Content.ReadAsStringAsync();
        System.Text.RegularExpressions.Regex.Match(html, $"data-valmsg-for=\"{System.Text.RegularExpressions.Regex.Escape(field)}\"[^>]*>([^<]*)<")
            .Groups[1].Value.ShouldSatisfyAllConditions(v => System.Net.WebUtility.HtmlDecode(v).ShouldStartWith(message));
        (await RequestsFromAsync(fields["Input.Email"])).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_filled_in_honeypot_looks_like_success_but_stores_nothing()
    {
        var fields = RequestAccountForm.Fields("bot@spam.example");
        fields["Input.Website"] = "http://spam.example";

        var response = await PortalFactory.PostFormAsync(factory.CreateBrowserLikeClient(), RequestAccountForm.Url, fields);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/Account/RequestAccountReceived");
        (await RequestsFromAsync("bot@spam.example")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_request_shows_up_in_the_ops_api()
    {
        await PortalFactory.PostFormAsync(factory.CreateBrowserLikeClient(), RequestAccountForm.Url, RequestAccountForm.Fields("ops-visible@prospect.example", "Visible Freight"));

        var list = await factory.OpsClient().GetStringAsync("/api/ops/v1/account-requests");

        list.ShouldContain("ops-visible@prospect.example");
        list.ShouldContain("Visible Freight");
    }
}

public sealed class RequestAccountRateLimitTests(StrictRateLimitPortalFactory factory) : IClassFixture<StrictRateLimitPortalFactory>
{
    [Fact]
    public async Task Submissions_over_the_limit_are_refused_with_429_and_not_stored()
    {
        var client = factory.CreateBrowserLikeClient();
        for (var i = 0; i < 2; i++)
        {
            (await PortalFactory.PostFormAsync(client, RequestAccountForm.Url, RequestAccountForm.Fields($"ok{i}@prospect.example"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var refused = await PortalFactory.PostFormAsync(client, RequestAccountForm.Url, RequestAccountForm.Fields("third@prospect.example"));

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Too many requests");
        (await factory.WithDbAsync(db => db.Set<AccountRequest>().CountAsync(r => r.Email == "third@prospect.example"))).ShouldBe(0);
        (await client.GetAsync(RequestAccountForm.Url)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public sealed class RequestAccountEmailTests(SmtpPortalFactory factory) : IClassFixture<SmtpPortalFactory>
{
    [Fact]
    public async Task The_requester_receives_a_confirmation_email()
    {
        await PortalFactory.PostFormAsync(factory.CreateBrowserLikeClient(), RequestAccountForm.Url, RequestAccountForm.Fields("confirm@prospect.example"));

        var message = (await factory.ReceivedForAsync("confirm@prospect.example")).ShouldHaveSingleItem();

        message.Subject.ShouldBe("We received your Employer Portal account request");
        message.TextBody!.ShouldContain("Prospect Freight");
        message.TextBody!.ShouldContain("within two business days");
    }
}
