namespace EmployerPortal.Infrastructure.Email;

public enum OutboxMessageStatus
{
    Pending = 0,
    Sent = 1,
    Failed = 2,
}

/// <summary>
/// One email waiting in (or done with) the outbox. Written in the same transaction as the change that causes it;
/// <see cref="OutboxProcessor"/> delivers it. The Message-ID is fixed when the row is written, so every retry
/// carries the same one and a receiver can recognise a duplicate.
/// </summary>
public sealed class OutboxMessage
{
    private readonly List<OutboxAttachment> _attachments = [];

    private OutboxMessage()
    {
        MessageId = null!;
        To = null!;
        Subject = null!;
        HtmlBody = null!;
        TextBody = null!;
    }

    public Guid Id { get; private set; }

    /// <summary>The RFC 5322 Message-ID, without angle brackets.</summary>
    public string MessageId { get; private set; }

    /// <summary>Recipients, one address per line.</summary>
    public string To { get; private set; }

    public string Subject { get; private set; }

    public string HtmlBody { get; private set; }

    public string TextBody { get; private set; }

    public IReadOnlyList<OutboxAttachment> Attachments => _attachments;

    public DateTimeOffset CreatedAt { get; private set; }

    public OutboxMessageStatus Status { get; private set; }

    /// <summary>Delivery attempts started so far (counted when a sweep claims the row).</summary>
    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>The sweep that holds the row, and until when; another sweep leaves it alone meanwhile.</summary>
    public Guid? LeaseId { get; private set; }

    public DateTimeOffset? LeasedUntil { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public DateTimeOffset? FailedAt { get; private set; }

    public string? LastError { get; private set; }

    public IReadOnlyList<string> Recipients => To.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static OutboxMessage Create(Application.Common.Email.EmailMessage message, string messageId, DateTimeOffset now)
    {
        var row = new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            MessageId = messageId,
            To = string.Join('\n', message.To),
            Subject = message.Subject,
            HtmlBody = message.HtmlBody,
            TextBody = message.TextBody,
            CreatedAt = now,
            Status = OutboxMessageStatus.Pending,
            NextAttemptAt = now,
        };
        foreach (var attachment in message.Attachments ?? [])
        {
            row._attachments.Add(new OutboxAttachment(attachment.FileName, attachment.ContentType, attachment.Content));
        }

        return row;
    }

    public Application.Common.Email.EmailMessage ToEmail() => new(
        Recipients,
        Subject,
        HtmlBody,
        TextBody,
        _attachments.Select(a => new Application.Common.Email.EmailAttachment(a.FileName, a.ContentType, a.Content)).ToList());

    public void MarkSent(DateTimeOffset now)
    {
        Status = OutboxMessageStatus.Sent;
        SentAt = now;
        LastError = null;
        ReleaseLease();
    }

    /// <summary>Records a failed attempt: retried later with exponential back-off, or failed for good after the last attempt.</summary>
    public void MarkAttemptFailed(string error, DateTimeOffset now, int maxAttempts, TimeSpan retryBaseDelay)
    {
        LastError = error.Length > 2000 ? error[..2000] : error;
        if (Attempts >= maxAttempts)
        {
            Status = OutboxMessageStatus.Failed;
            FailedAt = now;
        }
        else
        {
            NextAttemptAt = now + RetryDelay(Attempts, retryBaseDelay);
        }

        ReleaseLease();
    }

    /// <summary>base, 2×base, 4×base … after the 1st, 2nd, 3rd failed attempt.</summary>
    public static TimeSpan RetryDelay(int attemptsSoFar, TimeSpan retryBaseDelay) =>
        retryBaseDelay * Math.Pow(2, Math.Max(0, attemptsSoFar - 1));

    private void ReleaseLease()
    {
        LeaseId = null;
        LeasedUntil = null;
    }
}

public sealed class OutboxAttachment(string fileName, string contentType, byte[] content)
{
    public long Id { get; private set; }

    public string FileName { get; private set; } = fileName;

    public string ContentType { get; private set; } = contentType;

    public byte[] Content { get; private set; } = content;
}
