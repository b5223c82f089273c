using EmployerPortal.Application.Common.Email;
using EmployerPortal.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace EmployerPortal.Infrastructure.IntegrationTests.Email;

public sealed class OutboxTests : IAsyncLifetime
{
    private readonly OutboxTestHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_queued_message_is_sent_once_and_marked_sent()
    {
        var attachment = new EmailAttachment("authorization.pdf", "application/pdf", [1, 2, 3]);
        var id = (await _host.EnqueueAsync(OutboxTestHost.Message() with { Attachments = [attachment] }))[0];

        (await _host.SweepAsync()).ShouldBe(1);
        (await _host.SweepAsync()).ShouldBe(0);

        var sent = _host.Sender.Sent.ShouldHaveSingleItem();
        var row = await _host.RowAsync(id);
        sent.MessageId.ShouldBe(row.MessageId);
        sent.Message.To.ShouldBe(["someone@acme.example"]);
        sent.Message.Attachments.ShouldNotBeNull().ShouldHaveSingleItem().Content.ShouldBe(new byte[] { 1, 2, 3 });
        row.Status.ShouldBe(OutboxMessageStatus.Sent);
        row.SentAt.ShouldBe(_host.Clock.GetUtcNow());
        row.Attempts.ShouldBe(1);
        row.LeaseId.ShouldBeNull();
    }

    [Fact]
    public async Task A_message_not_committed_with_its_change_is_never_sent()
    {
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<IEmailOutbox>().Enqueue(OutboxTestHost.Message());
        }

        (await _host.SweepAsync()).ShouldBe(0);
        _host.Sender.Attempts.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_failed_send_is_retried_with_exponential_back_off_under_the_same_message_id()
    {
        var id = (await _host.EnqueueAsync(OutboxTestHost.Message()))[0];
        _host.Sender.FailNext(2);

        (await _host.SweepAsync()).ShouldBe(0);
        var afterFirst = await _host.RowAsync(id);
        afterFirst.Status.ShouldBe(OutboxMessageStatus.Pending);
        afterFirst.Attempts.ShouldBe(1);
        afterFirst.LastError.ShouldNotBeNull().ShouldContain("SMTP server unavailable");
        afterFirst.NextAttemptAt.ShouldBe(_host.Clock.GetUtcNow().AddSeconds(30));

        _host.Clock.Advance(TimeSpan.FromSeconds(29));
        (await _host.SweepAsync()).ShouldBe(0);
        _host.Sender.Attempts.Count.ShouldBe(1, "not due yet");

        _host.Clock.Advance(TimeSpan.FromSeconds(1));
        (await _host.SweepAsync()).ShouldBe(0);
        (await _host.RowAsync(id)).NextAttemptAt.ShouldBe(_host.Clock.GetUtcNow().AddSeconds(60), "the wait doubles");

        _host.Clock.Advance(TimeSpan.FromSeconds(60));
        (await _host.SweepAsync()).ShouldBe(1);

        var row = await _host.RowAsync(id);
        row.Status.ShouldBe(OutboxMessageStatus.Sent);
        row.Attempts.ShouldBe(3);
        _host.Sender.Attempts.Distinct().ShouldBe([row.MessageId]);
        _host.Sender.Sent.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task After_the_last_attempt_a_message_is_marked_failed_and_kept_with_its_error()
    {
        var id = (await _host.EnqueueAsync(OutboxTestHost.Message()))[0];
        _host.Sender.FailNext(int.MaxValue);

        for (var attempt = 0; attempt < 6; attempt++)
        {
            await _host.SweepAsync();
            _host.Clock.Advance(TimeSpan.FromHours(1));
        }

        _host.Sender.Attempts.Count.ShouldBe(4, "Email:MaxAttempts is 4");
        var row = await _host.RowAsync(id);
        row.Status.ShouldBe(OutboxMessageStatus.Failed);
        row.FailedAt.ShouldNotBeNull();
        row.LastError.ShouldNotBeNull().ShouldContain("SMTP server unavailable");
        row.SentAt.ShouldBeNull();
    }

    [Fact]
    public async Task Sweeps_running_at_the_same_time_send_each_message_exactly_once()
    {
        var messages = Enumerable.Range(1, 30).Select(n => OutboxTestHost.Message($"user{n}@acme.example", $"Message {n}")).ToArray();
        await _host.EnqueueAsync(messages);
        _host.Sender.Delay = TimeSpan.FromMilliseconds(5);

        var sweeps = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var total = 0;
            for (var round = 0; round < 3; round++)
            {
                total += await _host.SweepAsync();
            }

            return total;
        })));

        sweeps.Sum().ShouldBe(30);
        _host.Sender.Attempts.Count.ShouldBe(30, "no message was handed over twice");
        _host.Sender.Sent.Select(s => s.MessageId).Distinct().Count().ShouldBe(30);
        (await _host.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Status == OutboxMessageStatus.Sent))).ShouldBe(30);
    }

    [Fact]
    public async Task A_message_held_by_a_sweep_that_died_is_sent_once_its_lease_expires()
    {
        var id = (await _host.EnqueueAsync(OutboxTestHost.Message()))[0];
        var deadLeaseUntil = _host.Clock.GetUtcNow().AddMinutes(2);
        await _host.WithDbAsync(db => db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.LeaseId, Guid.NewGuid())
            .SetProperty(m => m.LeasedUntil, deadLeaseUntil)
            .SetProperty(m => m.Attempts, 1)));

        (await _host.SweepAsync()).ShouldBe(0);
        _host.Clock.Advance(TimeSpan.FromMinutes(3));
        (await _host.SweepAsync()).ShouldBe(1);

        var row = await _host.RowAsync(id);
        _host.Sender.Sent.ShouldHaveSingleItem().MessageId.ShouldBe(row.MessageId);
        row.Attempts.ShouldBe(2);
    }

    [Fact]
    public async Task Each_message_gets_its_own_message_id_in_the_senders_domain()
    {
        var ids = await _host.EnqueueAsync(OutboxTestHost.Message(), OutboxTestHost.Message());

        var first = await _host.RowAsync(ids[0]);
        var second = await _host.RowAsync(ids[1]);

        first.MessageId.ShouldNotBe(second.MessageId);
        first.MessageId.ShouldEndWith("@portal.example");
    }
}

public sealed class PickupDeliveryTests : IAsyncLifetime
{
    private readonly OutboxTestHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_pickup_sender_writes_one_eml_with_html_and_a_plain_text_alternative()
    {
        var sender = ActivatorUtilities.CreateInstance<PickupEmailSender>(_host.Services);
        var message = new EmailMessage(["new.user@acme.example"], "You are invited", "<p>Open <a href=\"http://localhost/x\">the portal</a></p>", "Open the portal: http://localhost/x");

        await sender.SendAsync(message, "abc123@portal.example", CancellationToken.None);
        await sender.SendAsync(message, "abc123@portal.example", CancellationToken.None);

        var directory = _host.Services.GetRequiredService<EmailPickupDirectory>().Path;
        directory.ShouldBe(Path.Combine(_host.DataDirectory, "mail"));
        var file = Directory.GetFiles(directory).ShouldHaveSingleItem("a retry replaces the same file");
        file.ShouldEndWith(".eml");
        var mime = await MimeMessage.LoadAsync(file);
        mime.MessageId.ShouldBe("abc123@portal.example");
        mime.From.Mailboxes.ShouldHaveSingleItem().Address.ShouldBe("no-reply@portal.example");
        mime.To.Mailboxes.ShouldHaveSingleItem().Address.ShouldBe("new.user@acme.example");
        mime.Subject.ShouldBe("You are invited");
        mime.HtmlBody.ShouldNotBeNull().ShouldContain("<a href=\"http://localhost/x\">");
        mime.TextBody.ShouldNotBeNull().ShouldContain("Open the portal: http://localhost/x");
    }
}
