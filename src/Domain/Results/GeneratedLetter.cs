using System.Globalization;

namespace EmployerPortal.Domain.Results;

public enum LetterKind
{
    NoShow = 0,
    RecheckReminder = 1,
}

/// <summary>
/// A letter generated for a visit, recorded so that each letter is made exactly once.
/// <c>Key</c> tells letters of the same kind apart: a rescheduled recheck appointment gets its own reminder.
/// </summary>
public sealed record GeneratedLetter(LetterKind Kind, string Key, ResultDocumentId DocumentId, DateTimeOffset At)
{
    /// <summary>A visit is marked no-show at most once, so it has at most one no-show letter.</summary>
    public const string NoShowKey = "no-show";

    /// <summary>The key of the reminder for the recheck appointment at <paramref name="appointmentAt"/>: its UTC time, e.g. "20250314T153000Z".</summary>
    public static string RecheckReminderKey(DateTimeOffset appointmentAt) =>
        appointmentAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The result type under which a letter of this kind is filed as a document of the visit.</summary>
    public static ResultType DocumentTypeFor(LetterKind kind) => kind switch
    {
        LetterKind.NoShow => ResultType.EmployeeNoShowLetter,
        LetterKind.RecheckReminder => ResultType.RecheckAppointmentReminderLetter,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown letter kind."),
    };
}
