using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using EmployerPortal.Application.Users.Commands.DisableUser;
using EmployerPortal.Application.Users.Commands.SetDerMark;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Infrastructure.Jobs;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using EmployerPortal.Web.FunctionalTests.Letters;
using EmployerPortal.Web.FunctionalTests.Results;
using EmployerPortal.Web.FunctionalTests.Users;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace EmployerPortal.Web.FunctionalTests.Notices;

/// <summary>
/// Issue 15 item 1: results and letters arriving through the ops API become notices, delivered through a real SMTP
/// server, read as their recipients read them: no medical content, a link that leads through sign-in to the result.
/// </summary>
public sealed partial class NoticeEmailTests(SmtpPortalFactory factory) : IClassFixture<SmtpPortalFactory>
{
    private const string Company = "Acme Logistics";

    [Fact]
    public async Task A_result_uploaded_through_the_ops_API_is_one_notice_to_each_subscribed_recipient_whose_link_leads_through_sign_in_to_it()
    {
        var recipients = await RecipientsAsync("upload");
        var ops = new OpsVisitsClient(factory.OpsClient());
        var visit = await ops.RegisterVisitAsync(firstName: "Quentin", lastName: "Zabriskie");
        var document = await ops.UploadDocumentAsync(visit, "FitTestResults", "Fail");

        await SweepNoticesAsync();

        foreach (var address in new[] { recipients.Contact, recipients.Immediate })
        {
            var email = (await NoticesToAsync(address)).ShouldHaveSingleItem();
            email.Subject.ShouldBe($"1 new result for {Company}");
            ShouldCarryNothingMedical(email, "Quentin", "Zabriskie", "Fit Test", "FitTest", "Fail");
        }

        (await NoticesToAsync(recipients.Off)).ShouldBeEmpty("a user with notices off gets none");
        (await NoticesToAsync(recipients.Digest)).ShouldBeEmpty("a digest user waits for the morning");
        var link = LinkIn((await NoticesToAsync(recipients.Immediate)).Single());
        var page = await FollowSignedOutAsync(link, recipients.Immediate);
        page.ShouldContain($"/Results/Document/{document}");
        var alreadySignedIn = await (await factory.SignedInClientAsync(recipients.Immediate)).GetAsync(link);
        alreadySignedIn.StatusCode.ShouldBe(HttpStatusCode.OK, "the link works for a recipient who is already signed in");
        (await alreadySignedIn.Content.ReadAsStringAsync()).ShouldContain($"/Results/Document/{document}");
    }

    [Fact]
    public async Task A_no_show_letters_notice_leads_through_sign_in_to_the_letter()
    {
        var recipients = await RecipientsAsync("letter");
        var ops = new OpsVisitsClient(factory.OpsClient());
        var scheduledAt = factory.Clock.GetUtcNow().AddHours(-2);
        var visit = await ops.RegisterVisitAsync(firstName: "Nadia", lastName: "Okonkwo", category: "NonInjury", scheduledAt: scheduledAt);
        (await ops.ChangeStatusAsync(visit, "NoShow", scheduledAt.AddMinutes(30))).EnsureSuccessStatusCode();

        await factory.Services.GetRequiredService<NoShowLetterJob>().RunAsync(CancellationToken.None);
        await SweepNoticesAsync();

        var email = (await NoticesToAsync(recipients.Contact)).ShouldHaveSingleItem();
        email.Subject.ShouldBe($"1 new result for {Company}");
        ShouldCarryNothingMedical(email, "Nadia", "Okonkwo", "No Show", "NoShow");
        (await NoticesToAsync(recipients.Immediate)).ShouldHaveSingleItem();
        (await NoticesToAsync(recipients.Off)).ShouldBeEmpty();
        var page = await FollowSignedOutAsync(LinkIn(email), recipients.Immediate);
        page.ShouldContain("Employee No Show Letter");
        page.ShouldContain("Okonkwo");
    }

    [Fact]
    public async Task A_recheck_reminders_notice_leads_through_sign_in_to_the_reminder()
    {
        await factory.Services.GetRequiredService<RecheckReminderJob>().RunAsync(CancellationToken.None);
        var recipients = await RecipientsAsync("recheck");
        var ops = new OpsVisitsClient(factory.OpsClient());
        var now = factory.Clock.GetUtcNow();
        var visit = await ops.RegisterVisitAsync(firstName: "Tomasz", lastName: "Wójcik", employeeId: "E-7310", category: "Injury", scheduledAt: now.AddDays(-3));
        (await ops.ChangeStatusAsync(visit, "CheckedIn", now.AddDays(-3))).EnsureSuccessStatusCode();
        (await ops.Http.PutAsJsonAsync($"/api/ops/v1/visits/{visit}/recheck", new { appointmentAt = now.AddHours(30) })).EnsureSuccessStatusCode();

        await factory.Services.GetRequiredService<RecheckReminderJob>().RunAsync(CancellationToken.None);
        await SweepNoticesAsync();

        var email = (await NoticesToAsync(recipients.Contact)).ShouldHaveSingleItem();
        email.Subject.ShouldBe($"1 new result for {Company}");
        ShouldCarryNothingMedical(email, "Tomasz", "Wójcik", "Recheck", "Injury");
        (await NoticesToAsync(recipients.Immediate)).ShouldHaveSingleItem();
        var page = await FollowSignedOutAsync(LinkIn(email), recipients.Immediate);
        page.ShouldContain("Recheck Appointment Reminder Letter");
        WebUtility.HtmlDecode(page).ShouldContain("Wójcik");
    }

    [Fact]
    public async Task A_drug_or_alcohol_document_is_news_to_the_companys_DERs_only()
    {
        var recipients = await RecipientsAsync("custody");
        var derId = await factory.ActiveUserAsync("der.custody@acme.example");
        await factory.SendAsync(s => s.Send(new SetDerMarkCommand(derId, true)), await factory.AdminActorAsync("admin@acme.example"));
        var der = await factory.SignedInClientAsync("der.custody@acme.example");
        (await PortalFactory.PostFormAsync(der, "/Profile?handler=Notices", new Dictionary<string, string> { ["Notices.Frequency"] = "Immediately" }, "/Profile"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var ops = new OpsVisitsClient(factory.OpsClient());
        var visit = await ops.RegisterVisitAsync(lastName: "Custody");
        await ops.UploadDocumentAsync(visit, "CustodyAndControlForm", outcome: null);

        await SweepNoticesAsync();

        (await NoticesToAsync("der.custody@acme.example")).ShouldHaveSingleItem().Subject.ShouldBe($"1 new result for {Company}");
        (await NoticesToAsync(recipients.Contact)).ShouldBeEmpty("a contact is not a DER");
        (await NoticesToAsync(recipients.Immediate)).ShouldBeEmpty("no count may reveal a document the user cannot see");
    }

    [Fact]
    public async Task A_user_limited_to_Phoenix_hears_of_Phoenix_results_only()
    {
        const string email = "now.phoenix-only@acme.example";
        await factory.ActiveUserAsync(email, locations: ["PHX"]);
        var client = await factory.SignedInClientAsync(email);
        (await PortalFactory.PostFormAsync(client, "/Profile?handler=Notices", new Dictionary<string, string> { ["Notices.Frequency"] = "Immediately" }, "/Profile"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var ops = new OpsVisitsClient(factory.OpsClient());

        await ops.UploadDocumentAsync(await ops.RegisterVisitAsync(lastName: "AtDallas", locationCode: "MAIN"));
        await SweepNoticesAsync();
        (await NoticesToAsync(email)).ShouldBeEmpty("a Dallas result is not news to a Phoenix user: its link would answer 404");

        var atPhoenix = await ops.UploadDocumentAsync(await ops.RegisterVisitAsync(lastName: "AtPhoenix", locationCode: "PHX"));
        await SweepNoticesAsync();
        var notice = (await NoticesToAsync(email)).ShouldHaveSingleItem();
        notice.Subject.ShouldBe($"1 new result for {Company}");
        (await FollowSignedOutAsync(LinkIn(notice), email)).ShouldContain($"/Results/Document/{atPhoenix}");
    }

    [Fact]
    public async Task Twenty_results_in_one_sweep_are_one_email_per_recipient_that_says_twenty()
    {
        var recipients = await RecipientsAsync("burst");
        var ops = new OpsVisitsClient(factory.OpsClient());
        for (var v = 0; v < 4; v++)
        {
            var visit = await ops.RegisterVisitAsync(lastName: $"Burst{v}");
            for (var d = 0; d < 5; d++)
            {
                await ops.UploadDocumentAsync(visit);
            }
        }

        await SweepNoticesAsync();
        await SweepNoticesAsync();

        foreach (var address in new[] { recipients.Contact, recipients.Immediate })
        {
            var email = (await NoticesToAsync(address)).ShouldHaveSingleItem();
            email.Subject.ShouldBe($"20 new results for {Company}");
            email.TextBody.ShouldNotBeNull().ShouldContain("20 new results are available for Acme Logistics in the Occupational Health Partners Employer Portal.");
            LinkIn(email).ShouldBe("/Results", "several visits: the results list");
        }
    }

    [Fact]
    public async Task A_digest_user_gets_nothing_on_the_immediate_sweep_and_one_email_on_the_companys_next_morning()
    {
        var recipients = await RecipientsAsync("digest");
        var ops = new OpsVisitsClient(factory.OpsClient());
        var visit = await ops.RegisterVisitAsync(lastName: "Digest");
        await ops.UploadDocumentAsync(visit);
        await ops.UploadDocumentAsync(visit, "MecDotCard");

        await SweepNoticesAsync();
        (await NoticesToAsync(recipients.Immediate)).ShouldHaveSingleItem();
        (await NoticesToAsync(recipients.Digest)).ShouldBeEmpty();

        factory.Clock.Advance(UntilNextAcmeMorning(factory.Clock.GetUtcNow()) - TimeSpan.FromMinutes(1));
        await SweepNoticesAsync();
        (await NoticesToAsync(recipients.Digest)).ShouldBeEmpty("not before 7:00 AM in Dallas");

        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        await SweepNoticesAsync();
        await SweepNoticesAsync();
        var digest = (await NoticesToAsync(recipients.Digest)).ShouldHaveSingleItem();
        digest.Subject.ShouldBe($"2 new results for {Company}");
        LinkIn(digest).ShouldBe($"/Results/Employee/{VisitIdIn(digest)}", "both documents are of one visit: its page");
        (await NoticesToAsync(recipients.Immediate)).ShouldHaveSingleItem("nothing twice");
    }

    [Fact]
    public async Task A_user_disabled_before_the_sweep_is_not_emailed()
    {
        var recipients = await RecipientsAsync("disabled");
        var ops = new OpsVisitsClient(factory.OpsClient());
        await ops.UploadDocumentAsync(await ops.RegisterVisitAsync(lastName: "Disabled"));
        var user = await factory.UserAsync(recipients.Immediate);
        await factory.SendAsync(s => s.Send(new DisableUserCommand(user.Id.Value)), await factory.AdminActorAsync("admin@acme.example"));

        await SweepNoticesAsync();

        (await NoticesToAsync(recipients.Immediate)).ShouldBeEmpty();
        (await NoticesToAsync(recipients.Contact)).ShouldHaveSingleItem();
    }

    private sealed record Recipients(string Contact, string Immediate, string Digest, string Off);

    /// <summary>
    /// Fresh recipients of Acme, after a sweep has made the letters and sent the notices earlier work left pending: a contact for new results,
    /// and View Only users who chose Immediately or Off on My profile, and one who kept the default (the daily digest).
    /// </summary>
    private async Task<Recipients> RecipientsAsync(string tag)
    {
        await factory.Services.GetRequiredService<NoShowLetterJob>().RunAsync(CancellationToken.None);
        await SweepNoticesAsync();
        var recipients = new Recipients($"contact.{tag}@acme.example", $"now.{tag}@acme.example", $"digest.{tag}@acme.example", $"off.{tag}@acme.example");
        await factory.SetContactsAsync("100200", new CompanyContact("Casey Contact", null, recipients.Contact, null, ContactNotices.NewResults));
        foreach (var (email, choice) in new[] { (recipients.Immediate, "Immediately"), (recipients.Digest, (string?)null), (recipients.Off, "Off") })
        {
            await factory.ActiveUserAsync(email);
            if (choice is not null)
            {
                var client = await factory.SignedInClientAsync(email);
                var saved = await PortalFactory.PostFormAsync(client, "/Profile?handler=Notices", new Dictionary<string, string> { ["Notices.Frequency"] = choice }, "/Profile");
                saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            }
        }

        return recipients;
    }

    private async Task SweepNoticesAsync()
    {
        await factory.Services.GetRequiredService<NoticeJob>().RunAsync(CancellationToken.None);
        await factory.DispatchEmailAsync();
    }

    /// <summary>The notices the SMTP server has received for the address (users also got their invitation).</summary>
    private async Task<List<MimeMessage>> NoticesToAsync(string address) =>
        [.. (await factory.ReceivedForAsync(address, expected: 0)).Where(m => m.Subject is { } subject && subject.EndsWith($" for {Company}", StringComparison.Ordinal) && subject.Contains(" new result", StringComparison.Ordinal))];

    /// <summary>Follows the emailed link signed out: the sign-in page, then, signed in, the linked page itself.</summary>
    private async Task<string> FollowSignedOutAsync(string link, string email)
    {
        var client = factory.CreateBrowserLikeClient();
        var signedOut = await client.GetAsync(link);
        signedOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = signedOut.Headers.Location!;
        var signInUrl = location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
        signInUrl.ShouldStartWith("/Account/SignIn");

        var signedIn = await PortalFactory.PostFormAsync(client, signInUrl, new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = DemoData.DemoDataSeeder.DemoPassword,
        });
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signedIn.Headers.Location!.ToString().ShouldBe(link, "sign-in returns to the linked page");

        var landed = await client.GetAsync(link);
        landed.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await landed.Content.ReadAsStringAsync();
    }

    private static void ShouldCarryNothingMedical(MimeMessage email, params string[] words)
    {
        foreach (var word in words)
        {
            email.Subject.ShouldNotBeNull().ShouldNotContain(word, Case.Insensitive);
            email.TextBody.ShouldNotBeNull().ShouldNotContain(word, Case.Insensitive);
            email.HtmlBody.ShouldNotBeNull().ShouldNotContain(word, Case.Insensitive);
        }

        email.TextBody.ShouldNotBeNull().ShouldContain($"for {Company} in the Occupational Health Partners Employer Portal");
    }

    /// <summary>The path of the portal link in the plain-text body.</summary>
    private static string LinkIn(MimeMessage email) =>
        LinkPattern().Match(email.TextBody ?? string.Empty) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException($"No portal link in: {email.TextBody}");

    private static string VisitIdIn(MimeMessage email) => LinkIn(email)["/Results/Employee/".Length..];

    private static TimeSpan UntilNextAcmeMorning(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, PortalFactory.AcmeZone);
        var morning = local.Date.AddHours(7);
        if (morning <= local.DateTime)
        {
            morning = morning.AddDays(1);
        }

        return new DateTimeOffset(morning, PortalFactory.AcmeZone.GetUtcOffset(morning)) - now;
    }

    [GeneratedRegex(@"http://localhost(/Results[^\s]*)")]
    private static partial Regex LinkPattern();
}
