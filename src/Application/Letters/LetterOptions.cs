using System.ComponentModel.DataAnnotations;

namespace EmployerPortal.Application.Letters;

/// <summary>The <c>Letters</c> section.</summary>
public sealed class LetterOptions
{
    public const string SectionName = "Letters";

    /// <summary>How many days before a recheck appointment its reminder is sent; at once when booked later than that.</summary>
    [Range(0, 60)]
    public int RecheckReminderDaysAhead { get; set; } = 2;

    /// <summary>How many visits one sweep handles; the next run takes the rest.</summary>
    [Range(1, 500)]
    public int SweepBatchSize { get; set; } = 25;
}
