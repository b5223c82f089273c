using System.Net;
using System.Text.RegularExpressions;
using EmployerPortal.DemoData;
using EmployerPortal.Infrastructure.Jobs;
using EmployerPortal.Web.FunctionalTests.Employees;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using EmployerPortal.Web.FunctionalTests.Users;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace EmployerPortal.Web.FunctionalTests.Notices;

/// <summary>
/// Issue 17 item 2: compliance items that fall due go through the notices channel — one email per user with a count
/// and the locations, read from a real SMTP server, never naming an employee; told once; its link opens the
/// Compliance page through sign-in; a Phoenix user hears of Phoenix's items only.
/// </summary>
public sealed partial class ComplianceReminderEmailTests(SmtpPortalFactory factory) : IClassFixture<SmtpPortalFactory>
{
    private async Task ImportAsync(params string[] rows)
    {
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var html = await (await RosterClient.PreviewAsync(admin, $"{RosterClient.Header}\n{string.Join("\n", rows)}\n")).Content.ReadAsStringAsync();
        (await RosterClient.ApplyAsync(admin, RosterClient.TokenOf(html).ShouldNotBeNull(), html)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    private async Task SweepAsync()
    {
        await factory.Services.GetRequiredService<ComplianceReminderJob>().RunAsync(CancellationToken.None);
        await factory.DispatchEmailAsync();
    }

    private async Task<List<MimeMessage>> RemindersToAsync(string address) =>
        [.. (await factory.ReceivedForAsync(address, expected: 0)).Where(m => m.Subject is { } subject && subject.Contains("compliance item", StringComparison.Ordinal))];

    /// <summary>What the user's own Compliance page lists as never done, overdue or due within 30 days.</summary>
    private static int NearOn(string compliancePage) =>
        Regex.Matches(compliancePage, "data-testid=\"compliance-row\" data-status=\"(Overdue|DueIn30Days)\"").Count;

    [Fact]
    public async Task Items_falling_due_are_one_email_per_user_told_once_naming_no_employee_and_its_link_opens_the_Compliance_page()
    {
        var phoenixLast = "Phx" + Guid.NewGuid().ToString("N")[..6];
        var dallasLast = "Dal" + Guid.NewGuid().ToString("N")[..6];
        await ImportAsync(
            RosterClient.Row(RosterClient.NewNumber(), phoenixLast, locations: DemoDataSeeder.PhoenixCode, programs: "Respirator user"),
            RosterClient.Row(RosterClient.NewNumber(), dallasLast, locations: "MAIN", programs: "DOT driver"));
        const string phoenixUser = "compliance.phx@acme.example";
        const string everywhereUser = "compliance.all@acme.example";
        await factory.ActiveUserAsync(phoenixUser, locations: [DemoDataSeeder.PhoenixCode]);
        await factory.ActiveUserAsync(everywhereUser);
        var expectedPhoenix = NearOn(await (await factory.SignedInClientAsync(phoenixUser)).GetStringAsync("/Compliance"));
        var expectedAll = NearOn(await (await factory.SignedInClientAsync(everywhereUser)).GetStringAsync("/Compliance"));
        expectedPhoenix.ShouldBeGreaterThanOrEqualTo(2, "the new Phoenix respirator user's fit test and clearance were never done");
        expectedAll.ShouldBeGreaterThan(expectedPhoenix);

        await SweepAsync();
        await SweepAsync();

        var phoenix = (await RemindersToAsync(phoenixUser)).ShouldHaveSingleItem("told once, however often the sweep runs");
        phoenix.Subject.ShouldBe($"{expectedPhoenix} compliance items at Phoenix Terminal fall due this month");
        var everywhere = (await RemindersToAsync(everywhereUser)).ShouldHaveSingleItem();
        everywhere.Subject.ShouldStartWith($"{expectedAll} compliance items at ");
        everywhere.Subject.ShouldContain("Phoenix Terminal");
        foreach (var email in new[] { phoenix, everywhere })
        {
            foreach (var body in new[] { email.TextBody ?? "", email.HtmlBody ?? "" })
            {
                body.ShouldNotContain(phoenixLast);
                body.ShouldNotContain(dallasLast);
                body.ShouldNotContain("Respirator");
                body.ShouldNotContain("DOT");
            }
        }

        var link = new Uri(LinkPattern().Match(phoenix.TextBody ?? "").Value).PathAndQuery;
        link.ShouldBe("/Compliance");
        var browser = factory.CreateBrowserLikeClient();
        var signedOut = await browser.GetAsync(link);
        signedOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var signIn = signedOut.Headers.Location!.OriginalString;
        signIn.ShouldContain("/Account/SignIn");
        var signedIn = await PortalFactory.PostFormAsync(browser, signIn.StartsWith("http", StringComparison.Ordinal) ? new Uri(signIn).PathAndQuery : signIn, new Dictionary<string, string>
        {
            ["Input.Email"] = phoenixUser,
            ["Input.Password"] = DemoDataSeeder.DemoPassword,
        });
        signedIn.Headers.Location!.ToString().ShouldBe(link, "sign-in returns to the Compliance page");
        (await browser.GetStringAsync(link)).ShouldContain(phoenixLast);
    }

    [GeneratedRegex(@"http://localhost/\S+")]
    private static partial Regex LinkPattern();
}
