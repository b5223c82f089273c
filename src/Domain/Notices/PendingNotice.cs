using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.InjuryCases;
using EmployerPortal.Domain.Results;

namespace EmployerPortal.Domain.Notices;

public readonly record struct PendingNoticeId(Guid Value)
{
    public static PendingNoticeId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

/// <summary>
/// One recipient still to be told about one new document (a result or a letter), or about a new work status of an
/// injury case. Made in the transaction that filed the document or recorded the status; the notice sweep groups what
/// is due per recipient into one email and marks the notices sent.
/// It holds ids only: nothing about the employee, the document's content or the work status.
/// </summary>
public sealed class PendingNotice : AggregateRoot<PendingNoticeId>
{
    private PendingNotice()
    {
        RecipientEmail = null!;
    }

    public CompanyId CompanyId { get; private set; }

    /// <summary>Where the email goes: a company contact's address or a portal user's.</summary>
    public string RecipientEmail { get; private set; }

    /// <summary>The portal user it is for; null for a company contact.</summary>
    public PortalUserId? RecipientUserId { get; private set; }

    public VisitResultId VisitResultId { get; private set; }

    /// <summary>The new document; null for a work-status notice.</summary>
    public ResultDocumentId? DocumentId { get; private set; }

    /// <summary>The case whose work status changed; null for a document notice.</summary>
    public InjuryCaseId? InjuryCaseId { get; private set; }

    public bool IsWorkStatusNotice => InjuryCaseId is not null;

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the sweep may send it: at once, or the recipient's next digest.</summary>
    public DateTimeOffset DueAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public static PendingNotice Create(
        CompanyId companyId,
        string recipientEmail,
        PortalUserId? recipientUserId,
        VisitResultId visitResultId,
        ResultDocumentId documentId,
        DateTimeOffset now,
        DateTimeOffset dueAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recipientEmail);
        return new PendingNotice
        {
            Id = PendingNoticeId.New(),
            CompanyId = companyId,
            RecipientEmail = recipientEmail.Trim().ToLowerInvariant(),
            RecipientUserId = recipientUserId,
            VisitResultId = visitResultId,
            DocumentId = documentId,
            CreatedAt = now,
            DueAt = dueAt < now ? now : dueAt,
        };
    }

    /// <summary>A work status of the case changed (at the visit <paramref name="visitResultId"/>).</summary>
    public static PendingNotice ForWorkStatus(
        CompanyId companyId,
        string recipientEmail,
        PortalUserId? recipientUserId,
        VisitResultId visitResultId,
        InjuryCaseId injuryCaseId,
        DateTimeOffset now,
        DateTimeOffset dueAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recipientEmail);
        return new PendingNotice
        {
            Id = PendingNoticeId.New(),
            CompanyId = companyId,
            RecipientEmail = recipientEmail.Trim().ToLowerInvariant(),
            RecipientUserId = recipientUserId,
            VisitResultId = visitResultId,
            InjuryCaseId = injuryCaseId,
            CreatedAt = now,
            DueAt = dueAt < now ? now : dueAt,
        };
    }

    /// <summary>Told (or no longer to be told: the user was disabled); the sweep never picks it up again.</summary>
    public void MarkSent(DateTimeOffset now) => SentAt ??= now;
}
