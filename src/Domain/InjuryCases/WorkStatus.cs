namespace EmployerPortal.Domain.InjuryCases;

/// <summary>What the employee may do at work: full duty, modified duty (with restrictions) or off work.</summary>
public enum WorkStatus
{
    FullDuty,
    ModifiedDuty,
    OffWork,
}

public enum InjuryCaseStatus
{
    Open,
    Closed,
}

/// <summary>
/// One dated work status of the case, as the clinician set it at a visit: in effect from <see cref="EffectiveFrom"/>
/// (a local date of the case's location) until the next one.
/// </summary>
public sealed class WorkStatusEntry
{
    /// <summary>Restrictions are stored one a line.</summary>
    public const char RestrictionSeparator = '\n';

    private WorkStatusEntry()
    {
        RestrictionsText = string.Empty;
    }

    public WorkStatusEntry(
        WorkStatus status,
        IEnumerable<string> restrictions,
        DateOnly effectiveFrom,
        DateTimeOffset? nextAppointmentAt,
        DateOnly? expectedFullDutyOn,
        Common.VisitResultId? visitResultId,
        DateTimeOffset recordedAt)
    {
        Status = status;
        RestrictionsText = string.Join(RestrictionSeparator, restrictions.Select(r => r.Trim()).Where(r => r.Length > 0));
        EffectiveFrom = effectiveFrom;
        NextAppointmentAt = nextAppointmentAt;
        ExpectedFullDutyOn = expectedFullDutyOn;
        VisitResultId = visitResultId;
        RecordedAt = recordedAt;
    }

    public WorkStatus Status { get; private set; }

    public string RestrictionsText { get; private set; }

    public IReadOnlyList<string> Restrictions =>
        RestrictionsText.Length == 0 ? [] : RestrictionsText.Split(RestrictionSeparator);

    public DateOnly EffectiveFrom { get; private set; }

    public DateTimeOffset? NextAppointmentAt { get; private set; }

    public DateOnly? ExpectedFullDutyOn { get; private set; }

    /// <summary>The visit at which it was set, when ops said.</summary>
    public Common.VisitResultId? VisitResultId { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>The same status sent again (a retry): everything but the time it was recorded.</summary>
    public bool IsSameAs(WorkStatusEntry other) =>
        Status == other.Status
        && string.Equals(RestrictionsText, other.RestrictionsText, StringComparison.Ordinal)
        && EffectiveFrom == other.EffectiveFrom
        && NextAppointmentAt == other.NextAppointmentAt
        && ExpectedFullDutyOn == other.ExpectedFullDutyOn
        && VisitResultId == other.VisitResultId;
}

/// <summary>A visit of the case, and when it joined.</summary>
public sealed record InjuryCaseVisit(Common.VisitResultId VisitResultId, DateTimeOffset JoinedAt);

/// <summary>Days away from work and days of restricted work or job transfer, as OSHA counts them.</summary>
public sealed record InjuryDayCounts(int DaysAway, int DaysRestricted)
{
    /// <summary>OSHA 1904.7(b)(3)(vii): the count may stop when days away and restricted together reach 180.</summary>
    public const int Cap = 180;
}
