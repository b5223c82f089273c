using System.ComponentModel.DataAnnotations;

namespace EmployerPortal.Application.Notices;

/// <summary>The <c>Notices</c> section.</summary>
public sealed class NoticeOptions
{
    public const string SectionName = "Notices";

    /// <summary>The hour of the company's local morning when daily digests are due (7 = 7:00 AM).</summary>
    [Range(0, 23)]
    public int DigestLocalHour { get; set; } = 7;

    /// <summary>How many due notices one sweep takes; the next run takes the rest.</summary>
    [Range(1, 100_000)]
    public int SweepBatchSize { get; set; } = 5000;

    public TimeOnly DigestTime => new(DigestLocalHour, 0);
}
