using EmployerPortal.Application.Common.Email;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Results;
using EmployerPortal.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EmployerPortal.Web.FunctionalTests.Letters;

public sealed class LetterEmailDeliveryTests
{
    private const string NoShowContact = "nora.noshow@acme.example";
    private const string SecondNoShowContact = "sam.safety@acme.example";
    private const string ResultsOnlyContact = "rita.results@acme.example";

    private static readonly CompanyContact[] Contacts =
    [
        new("Nora Noshow", "HR", NoShowContact, null, ContactNotices.NoShowLetters | ContactNotices.NewResults),
        new("Sam Safety", null, SecondNoShowContact, null, ContactNotices.NoShowLetters),
        new("Rita Results", null, ResultsOnlyContact, null, ContactNotices.NewResults),
    ];

    [Fact]
    public async Task With_the_mail_server_down_during_the_sweep_every_notice_arrives_exactly_once_when_it_is_back()
    {
        await using var portal = new LetterSmtpPortalFactory();
        await portal.InitializeAsync();
        // The demo data has a no-show visit of its own: give it its letter and notices before this test's contacts exist.
        await RunAsync<NoShowLetterJob>(portal, j => j.RunAsync(CancellationToken.None));
        await RunAsync<NoticeJob>(portal, j => j.RunAsync(CancellationToken.None));
        await portal.SetContactsAsync("100200", Contacts);
        var first = await NoShowVisitAsync(portal, hoursAgo: 3);
        var second = await NoShowVisitAsync(portal, hoursAgo: 2);

        await RunAsync<NoShowLetterJob>(portal, j => j.RunAsync(CancellationToken.None));
        await RunAsync<NoticeJob>(portal, j => j.RunAsync(CancellationToken.None));
        await RunAsync<EmailOutboxJob>(portal, j => j.RunAsync(CancellationToken.None));
        (await portal.VisitAsync(first)).Letters.Count.ShouldBe(1, "the letter is in the portal even while mail is down");
        (await portal.VisitAsync(second)).Letters.Count.ShouldBe(1);

        portal.StartSmtp();
        portal.Clock.Advance(TimeSpan.FromMinutes(5));
        await RunAsync<EmailOutboxJob>(portal, j => j.RunAsync(CancellationToken.None));
        await RunAsync<NoShowLetterJob>(portal, j => j.RunAsync(CancellationToken.None));
        await RunAsync<NoticeJob>(portal, j => j.RunAsync(CancellationToken.None));
        portal.Clock.Advance(TimeSpan.FromMinutes(5));
        await RunAsync<EmailOutboxJob>(portal, j => j.RunAsync(CancellationToken.None));

        foreach (var contact in new[] { NoShowContact, SecondNoShowContact, ResultsOnlyContact })
        {
            var email = portal.ReceivedFor(contact).ShouldHaveSingleItem("both letters of the sweep in one email, sent once");
            email.Subject.ShouldBe("2 new results for Acme Logistics");
            email.TextBody.ShouldNotBeNull().ShouldContain("Sign in to view them: http://localhost/Results");
            email.TextBody.ShouldNotContain("/Results/Employee", customMessage: "two visits: the link is the results list");
            email.TextBody.ShouldNotContain("Muñoz");
            email.TextBody.ShouldNotContain("José");
            email.TextBody.ShouldNotContain("No Show");
            email.HtmlBody.ShouldNotBeNull().ShouldNotContain("Mu&#241;oz");
            email.HtmlBody.ShouldNotContain(VisitArrangements.Clinic);
        }
    }

    [Fact]
    public async Task Stopped_between_making_the_letter_and_sending_its_email_the_email_goes_once_after_restart_and_the_letter_is_not_duplicated()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "employer-portal-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDirectory);
        var smtpPort = LetterSmtpPortalFactory.FreePort();
        try
        {
            VisitResultIdHolder visit;
            await using (var beforeCrash = new LetterSmtpPortalFactory(smtpPort, dataDirectory, b => b.ConfigureServices(s =>
                {
                    s.RemoveAll<IEmailSender>();
                    s.AddSingleton<IEmailSender, PowerCutEmailSender>();
                })))
            {
                await beforeCrash.InitializeAsync();
                beforeCrash.StartSmtp();
                await RunAsync<NoShowLetterJob>(beforeCrash, j => j.RunAsync(CancellationToken.None));
                await beforeCrash.SetContactsAsync("100200", Contacts);
                visit = new(await NoShowVisitAsync(beforeCrash, hoursAgo: 1));
                await RunAsync<NoShowLetterJob>(beforeCrash, j => j.RunAsync(CancellationToken.None));
                await RunAsync<NoticeJob>(beforeCrash, j => j.RunAsync(CancellationToken.None));
                await Should.ThrowAsync<OperationCanceledException>(() => RunAsync<EmailOutboxJob>(beforeCrash, j => j.RunAsync(CancellationToken.None)));
                AboutVisits(beforeCrash.ReceivedFor(NoShowContact), visit.Id).ShouldBeEmpty();
                beforeCrash.StopSmtp();
            }

            await using var afterRestart = new LetterSmtpPortalFactory(smtpPort, dataDirectory, null);
            await afterRestart.InitializeAsync();
            afterRestart.StartSmtp();
            afterRestart.Clock.Advance(TimeSpan.FromMinutes(10));

            await RunAsync<NoShowLetterJob>(afterRestart, j => j.RunAsync(CancellationToken.None));
            await RunAsync<NoticeJob>(afterRestart, j => j.RunAsync(CancellationToken.None));
            await RunAsync<EmailOutboxJob>(afterRestart, j => j.RunAsync(CancellationToken.None));
            await RunAsync<EmailOutboxJob>(afterRestart, j => j.RunAsync(CancellationToken.None));

            AboutVisits(afterRestart.ReceivedFor(NoShowContact), visit.Id).Count.ShouldBe(1);
            AboutVisits(afterRestart.ReceivedFor(SecondNoShowContact), visit.Id).Count.ShouldBe(1);
            var reloaded = await afterRestart.VisitAsync(visit.Id);
            reloaded.Letters.Count.ShouldBe(1);
            reloaded.Documents.Count(d => d.Type == ResultType.EmployeeNoShowLetter).ShouldBe(1);
        }
        finally
        {
            try
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // SQLite's pool may still hold the file; the OS cleans the temp folder.
            }
        }
    }

    private static Task<EmployerPortal.Domain.Common.VisitResultId> NoShowVisitAsync(LetterSmtpPortalFactory portal, int hoursAgo)
    {
        var scheduledAt = portal.Clock.GetUtcNow().AddHours(-hoursAgo);
        return portal.RegisterVisitAsync(VisitCategory.NonInjury, scheduledAt, v => v.ChangeStatus(VisitStatus.NoShow, scheduledAt.AddMinutes(20)));
    }

    /// <summary>The notices linking to this visit's page (the demo company's own no-show visits get letters too).</summary>
    private static List<MimeKit.MimeMessage> AboutVisits(IEnumerable<MimeKit.MimeMessage> received, EmployerPortal.Domain.Common.VisitResultId visit) =>
        received.Where(m => m.TextBody?.Contains($"/Results/Employee/{visit.Value}", StringComparison.Ordinal) == true).ToList();

    private static Task RunAsync<TJob>(LetterSmtpPortalFactory portal, Func<TJob, Task> run)
        where TJob : notnull => run(portal.Services.GetRequiredService<TJob>());

    private sealed record VisitResultIdHolder(EmployerPortal.Domain.Common.VisitResultId Id);

    /// <summary>The process dies while handing the message to the mail server: nothing is sent, the claim is left behind.</summary>
    private sealed class PowerCutEmailSender : IEmailSender
    {
        public Task SendAsync(EmailMessage message, string messageId, CancellationToken cancellationToken) =>
            throw new OperationCanceledException("The process is stopping.");
    }
}
