using EmployerPortal.Domain.Common;

namespace EmployerPortal.Domain.InjuryCases;

public readonly record struct InjuryCaseId(Guid Value)
{
    public static InjuryCaseId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

/// <summary>What is known of the injury itself; the clinic system may send the claim number or carrier later.</summary>
public sealed record InjuryDetails(
    DateOnly InjuryDate,
    TimeOnly? InjuryTime = null,
    string? BodyPart = null,
    string? ClaimNumber = null,
    string? Carrier = null,
    string? Description = null)
{
    /// <summary>Whether these details can be said of the same injury: the same date, and no field that says otherwise.</summary>
    public bool IsConsistentWith(InjuryDetails other) =>
        InjuryDate == other.InjuryDate
        && (InjuryTime is null || other.InjuryTime is null || InjuryTime == other.InjuryTime)
        && Agrees(BodyPart, other.BodyPart)
        && Agrees(ClaimNumber, other.ClaimNumber)
        && Agrees(Carrier, other.Carrier)
        && Agrees(Description, other.Description);

    /// <summary>These details with the blanks filled in from <paramref name="other"/>.</summary>
    public InjuryDetails FilledFrom(InjuryDetails other) => this with
    {
        InjuryTime = InjuryTime ?? other.InjuryTime,
        BodyPart = BodyPart ?? other.BodyPart,
        ClaimNumber = ClaimNumber ?? other.ClaimNumber,
        Carrier = Carrier ?? other.Carrier,
        Description = Description ?? other.Description,
    };

    public static InjuryDetails Normalized(InjuryDetails details) => details with
    {
        BodyPart = Clean(details.BodyPart),
        ClaimNumber = Clean(details.ClaimNumber),
        Carrier = Clean(details.Carrier),
        Description = Clean(details.Description),
    };

    private static bool Agrees(string? a, string? b) =>
        a is null || b is null || string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>
/// One injury of one employee at one location (an OSHA establishment): its visits and the dated work-status history
/// the clinic sends, from which come the current status, the return to work and the OSHA day counts.
/// </summary>
public sealed class InjuryCase : AggregateRoot<InjuryCaseId>
{
    private readonly List<InjuryCaseVisit> _visits = [];
    private readonly List<WorkStatusEntry> _workStatuses = [];

    private InjuryCase()
    {
        ExternalCaseId = null!;
        LocationCode = null!;
        Employee = null!;
        Details = null!;
    }

    public CompanyId CompanyId { get; private set; }

    /// <summary>The location's code: the case's establishment.</summary>
    public string LocationCode { get; private set; }

    /// <summary>The clinic system's id of the case; unique per company.</summary>
    public string ExternalCaseId { get; private set; }

    public Employee Employee { get; private set; }

    public InjuryDetails Details { get; private set; }

    public InjuryCaseStatus Status { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    /// <summary>The local date from which the case is closed (the effective date of the closing status).</summary>
    public DateOnly? ClosedOn { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>The Admin's decision whether the case goes on the OSHA 300 log; null until decided.</summary>
    public bool? OshaRecordable { get; private set; }

    /// <summary>A privacy case (29 CFR 1904.29(b)(6)): the log says "Privacy case" instead of the name.</summary>
    public bool OshaPrivacyCase { get; private set; }

    /// <summary>The Admin's corrections of the values the 300 log prefills; none until corrected.</summary>
    public Osha300Correction OshaCorrection { get; private set; } = Osha300Correction.None;

    /// <summary>What the Admin added to the case's OSHA 301 incident report (the rest is prefilled from the case).</summary>
    public Osha301Report Osha301 { get; private set; } = Osha301Report.None;

    public IReadOnlyList<InjuryCaseVisit> Visits => _visits;

    public IReadOnlyList<WorkStatusEntry> WorkStatuses => _workStatuses;

    public static InjuryCase Open(
        CompanyId companyId,
        string locationCode,
        string externalCaseId,
        Employee employee,
        InjuryDetails details,
        DateOnly today,
        DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(locationCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(externalCaseId);
        ArgumentNullException.ThrowIfNull(employee);
        ArgumentNullException.ThrowIfNull(details);
        CheckRule(new InjuryDateCannotBeInTheFuture(details.InjuryDate, today));
        var injuryCase = new InjuryCase
        {
            Id = InjuryCaseId.New(),
            CompanyId = companyId,
            LocationCode = locationCode.Trim().ToUpperInvariant(),
            ExternalCaseId = externalCaseId.Trim(),
            Employee = employee,
            Details = InjuryDetails.Normalized(details),
            Status = InjuryCaseStatus.Open,
            OpenedAt = now,
        };
        injuryCase.Raise(new InjuryCaseOpened(injuryCase.Id, companyId, now));
        return injuryCase;
    }

    /// <summary>Whether a later mention of the case (another visit's registration) can be said of this injury.</summary>
    public bool IsConsistentWith(InjuryDetails details) => Details.IsConsistentWith(InjuryDetails.Normalized(details));

    /// <summary>
    /// A visit joins the case; joining again changes nothing. Details the case lacked (a claim number sent later) are
    /// filled in; details that contradict the case are refused by the caller (<see cref="IsConsistentWith"/>).
    /// </summary>
    public bool AddVisit(VisitResultId visitId, Employee visitEmployee, string visitLocationCode, InjuryDetails? details, DateTimeOffset now)
    {
        CheckRule(new VisitJoinsTheCaseOfItsEmployee(Employee, visitEmployee));
        CheckRule(new VisitJoinsTheCaseOfItsLocation(LocationCode, visitLocationCode.Trim().ToUpperInvariant()));
        if (details is not null && IsConsistentWith(details))
        {
            Details = Details.FilledFrom(InjuryDetails.Normalized(details));
        }

        if (HasVisit(visitId))
        {
            return false;
        }

        _visits.Add(new InjuryCaseVisit(visitId, now));
        return true;
    }

    public bool HasVisit(VisitResultId visitId) => _visits.Exists(v => v.VisitResultId == visitId);

    /// <summary>
    /// Records a work status. The same status sent again is a retry and changes nothing (true is returned only for
    /// a change). <paramref name="closeCase"/> closes the case from the status's effective date.
    /// </summary>
    public bool RecordWorkStatus(
        WorkStatus status,
        IEnumerable<string> restrictions,
        DateOnly effectiveFrom,
        DateTimeOffset? nextAppointmentAt,
        DateOnly? expectedFullDutyOn,
        VisitResultId visitId,
        bool closeCase,
        DateTimeOffset now)
    {
        var entry = new WorkStatusEntry(status, restrictions, effectiveFrom, nextAppointmentAt, expectedFullDutyOn, visitId, now);
        if (_workStatuses.Exists(e => e.IsSameAs(entry)))
        {
            if (closeCase && Status == InjuryCaseStatus.Open)
            {
                Close(effectiveFrom, now);
                return true;
            }

            return false;
        }

        CheckRule(new ClosedCaseTakesNoNewWorkStatus(Status));
        CheckRule(new WorkStatusCannotPrecedeTheInjury(effectiveFrom, Details.InjuryDate));
        CheckRule(new ModifiedDutyNeedsARestriction(status, entry.Restrictions.Count));
        CheckRule(new OnlyModifiedDutyHasRestrictions(status, entry.Restrictions.Count));
        _workStatuses.Add(entry);
        Raise(new WorkStatusChanged(Id, CompanyId, LocationCode, visitId, now));
        if (closeCase)
        {
            Close(effectiveFrom, now);
        }

        return true;
    }

    /// <summary>Closes the case from <paramref name="closedOn"/>; a case closes once (reopen it first).</summary>
    public void Close(DateOnly closedOn, DateTimeOffset now)
    {
        CheckRule(new InjuryCaseClosesOnce(Status));
        CheckRule(new WorkStatusCannotPrecedeTheInjury(closedOn, Details.InjuryDate));
        Status = InjuryCaseStatus.Closed;
        ClosedOn = closedOn;
        ClosedAt = now;
        Raise(new InjuryCaseClosed(Id, CompanyId, closedOn, now));
    }

    /// <summary>An Admin reopens a closed case (the trail says who); it then takes new work statuses again.</summary>
    public void Reopen(PortalUserId by, DateTimeOffset now)
    {
        CheckRule(new OnlyAClosedCaseIsReopened(Status));
        Status = InjuryCaseStatus.Open;
        ClosedOn = null;
        ClosedAt = null;
        Raise(new InjuryCaseReopened(Id, CompanyId, by, now));
    }

    /// <summary>The Admin's OSHA decision: recordable or not, and whether it is a privacy case. The same decision again changes nothing.</summary>
    public void DecideOshaRecording(bool recordable, bool privacyCase, PortalUserId by, DateTimeOffset now)
    {
        if (OshaRecordable == recordable && OshaPrivacyCase == privacyCase)
        {
            return;
        }

        OshaRecordable = recordable;
        OshaPrivacyCase = privacyCase;
        Raise(new InjuryCaseOshaRecordingDecided(Id, CompanyId, recordable, privacyCase, by, now));
    }

    /// <summary>The work-status history in the order it applies: by effective date, then as recorded.</summary>
    public IReadOnlyList<WorkStatusEntry> History =>
        [.. _workStatuses.Select((e, i) => (e, i)).OrderBy(x => x.e.EffectiveFrom).ThenBy(x => x.i).Select(x => x.e)];

    /// <summary>The status in effect on a local date; null before the first one.</summary>
    public WorkStatusEntry? StatusOn(DateOnly date) => History.LastOrDefault(e => e.EffectiveFrom <= date);

    /// <summary>The status in effect today, or the first one set to begin later when none is in effect yet.</summary>
    public WorkStatusEntry? CurrentStatus(DateOnly today) => StatusOn(today) ?? History.FirstOrDefault();

    /// <summary>The latest word on the next appointment and the expected full-duty date.</summary>
    public WorkStatusEntry? Latest => History.LastOrDefault();

    /// <summary>Whole calendar days from the injury's date to <paramref name="today"/>.</summary>
    public int DaysSinceInjury(DateOnly today) => Math.Max(0, today.DayNumber - Details.InjuryDate.DayNumber);

    /// <summary>
    /// Days away and days restricted as OSHA counts them: calendar days (not shifts) after the day of injury, up to and
    /// including <paramref name="asOf"/> (or until the case closed), each counted by the status in effect that day;
    /// counting stops when both together reach 180. Dates are the location's local dates, so a DST change day is one day.
    /// </summary>
    public InjuryDayCounts CountDays(DateOnly asOf)
    {
        var last = ClosedOn is { } closedOn && closedOn.AddDays(-1) < asOf ? closedOn.AddDays(-1) : asOf;
        var history = History;
        int away = 0, restricted = 0;
        for (var day = Details.InjuryDate.AddDays(1); day <= last && away + restricted < InjuryDayCounts.Cap; day = day.AddDays(1))
        {
            switch (history.LastOrDefault(e => e.EffectiveFrom <= day)?.Status)
            {
                case WorkStatus.OffWork:
                    away++;
                    break;
                case WorkStatus.ModifiedDuty:
                    restricted++;
                    break;
            }
        }

        return new InjuryDayCounts(away, restricted);
    }

    /// <summary>The case's OSHA classification: the Admin's correction (a death, say), else from its day counts.</summary>
    public OshaClassification OshaClassificationOf(InjuryDayCounts counts) => OshaCorrection.Classification ?? OshaClassifications.Of(counts);

    /// <summary>The day counts the 300 log shows: the Admin's overrides where given, else counted from the work-status history.</summary>
    public InjuryDayCounts OshaDayCounts(DateOnly asOf)
    {
        var counted = CountDays(asOf);
        return new InjuryDayCounts(OshaCorrection.DaysAway ?? counted.DaysAway, OshaCorrection.DaysRestricted ?? counted.DaysRestricted);
    }

    /// <summary>
    /// The Admin corrects the prefilled 300 values (a blank leaves the prefilled value); day counts are capped at 180.
    /// Every change is raised, naming the fields changed (not their values: they are medical).
    /// </summary>
    public void CorrectOsha300(Osha300Correction correction, PortalUserId by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(correction);
        var normalized = correction.Normalized();
        CheckRule(new OshaDayCountIsAtMost180(normalized.DaysAway));
        CheckRule(new OshaDayCountIsAtMost180(normalized.DaysRestricted));
        var changed = OshaCorrection.ChangedFields(normalized);
        if (changed.Count == 0)
        {
            return;
        }

        OshaCorrection = normalized;
        Raise(new InjuryCaseOsha300Corrected(Id, CompanyId, changed, by, now));
    }

    /// <summary>
    /// The Admin completes the 301 incident report (a blank keeps the prefilled value). Its dates are checked against the
    /// injury and <paramref name="today"/> (the location's local date); the change is raised by field name only.
    /// </summary>
    public void CompleteOsha301(Osha301Report report, DateOnly today, PortalUserId by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(report);
        var normalized = report.Normalized();
        CheckRule(new HireDateCannotFollowTheInjury(normalized.HireDate, Details.InjuryDate));
        CheckRule(new DateOfDeathFallsBetweenTheInjuryAndToday(normalized.DateOfDeath, Details.InjuryDate, today));
        CheckRule(new Osha301CompletedBetweenTheInjuryAndToday(normalized.CompletedOn, Details.InjuryDate, today));
        var changed = Osha301.ChangedFields(normalized);
        if (changed.Count == 0)
        {
            return;
        }

        Osha301 = normalized;
        Raise(new InjuryCaseOsha301Completed(Id, CompanyId, changed, by, now));
    }
}

public sealed record InjuryCaseOpened(InjuryCaseId InjuryCaseId, CompanyId CompanyId, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>A new work status, set at the visit <paramref name="VisitResultId"/>: news to the company's users (the event carries no status: nothing medical travels).</summary>
public sealed record WorkStatusChanged(InjuryCaseId InjuryCaseId, CompanyId CompanyId, string LocationCode, VisitResultId VisitResultId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record InjuryCaseClosed(InjuryCaseId InjuryCaseId, CompanyId CompanyId, DateOnly ClosedOn, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record InjuryCaseReopened(InjuryCaseId InjuryCaseId, CompanyId CompanyId, PortalUserId ReopenedBy, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record InjuryCaseOshaRecordingDecided(InjuryCaseId InjuryCaseId, CompanyId CompanyId, bool Recordable, bool PrivacyCase, PortalUserId DecidedBy, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record InjuryCaseOsha300Corrected(InjuryCaseId InjuryCaseId, CompanyId CompanyId, IReadOnlyList<string> ChangedFields, PortalUserId CorrectedBy, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record InjuryCaseOsha301Completed(InjuryCaseId InjuryCaseId, CompanyId CompanyId, IReadOnlyList<string> ChangedFields, PortalUserId CompletedBy, DateTimeOffset OccurredAt) : IDomainEvent;
