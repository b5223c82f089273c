namespace EmployerPortal.Domain.InjuryCases;

/// <summary>
/// The Admin's corrections of a case's 300 log row: the classification (a death is known only this way), the job title,
/// where the event occurred, the description, and the day counts. Null keeps the value the portal prefills.
/// </summary>
public sealed record Osha300Correction(
    OshaClassification? Classification = null,
    string? JobTitle = null,
    string? WhereOccurred = null,
    string? Description = null,
    int? DaysAway = null,
    int? DaysRestricted = null)
{
    public static readonly Osha300Correction None = new();

    public Osha300Correction Normalized() => this with
    {
        JobTitle = Clean(JobTitle),
        WhereOccurred = Clean(WhereOccurred),
        Description = Clean(Description),
    };

    /// <summary>The names of the fields that differ from <paramref name="other"/>, as the trail says them.</summary>
    public IReadOnlyList<string> ChangedFields(Osha300Correction other) =>
    [
        .. new (bool Differs, string Field)[]
        {
            (Classification != other.Classification, "classification"),
            (JobTitle != other.JobTitle, "job title"),
            (WhereOccurred != other.WhereOccurred, "where the event occurred"),
            (Description != other.Description, "description"),
            (DaysAway != other.DaysAway, "days away"),
            (DaysRestricted != other.DaysRestricted, "days restricted"),
        }.Where(c => c.Differs).Select(c => c.Field),
    ];

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
