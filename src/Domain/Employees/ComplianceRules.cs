using EmployerPortal.Domain.Results;

namespace EmployerPortal.Domain.Employees;

/// <summary>What an employee in a program has to keep current.</summary>
public enum ComplianceItemKind
{
    DotMedicalCertificate = 0,
    RespiratorFitTest = 1,
    RespiratorMedicalClearance = 2,
    HearingTest = 3,
    SurveillanceExam = 4,

    /// <summary>The hepatitis B vaccine series (OSHA 1910.1030): complete once its last dose is given.</summary>
    HepatitisBVaccineSeries = 5,
}

/// <summary>Where an item stands on a given local date; the order is the order of urgency.</summary>
public enum ComplianceStatus
{
    Overdue = 0,
    DueIn30Days = 1,
    DueIn60Days = 2,
    DueIn90Days = 3,
    Current = 4,

    /// <summary>A vaccine series whose every dose is given: nothing more falls due.</summary>
    Complete = 5,
}

/// <summary>
/// What a company's provider set for its compliance (per company, by ops): how many months a medical surveillance
/// exam lasts. The standards differ (yearly for most; every 6 months for some exposures; up to 3 years for silica).
/// </summary>
public sealed record CompliancePolicy(int SurveillanceIntervalMonths)
{
    public const int MinimumMonths = 1;
    public const int MaximumMonths = 60;

    public static readonly CompliancePolicy Default = new(12);
}

/// <summary>A surveillance interval is a whole number of months from 1 to 60.</summary>
public sealed class SurveillanceIntervalIsOneToSixtyMonths(int months) : Common.IBusinessRule
{
    public string Message => $"A surveillance interval is from {CompliancePolicy.MinimumMonths} to {CompliancePolicy.MaximumMonths} months.";

    public bool IsBroken() => months is < CompliancePolicy.MinimumMonths or > CompliancePolicy.MaximumMonths;
}

/// <summary>
/// A result that renews an item: the visit's local date and, when the clinic gave one, when it lapses; for a vaccine
/// series, the dose the record gives.
/// </summary>
public sealed record ComplianceEvidence(ComplianceItemKind Kind, DateOnly DoneOn, DateOnly? ExpiresOn, VaccineDoseGiven? Dose = null);

/// <summary>How far a vaccine series has come: the highest dose on record of how many.</summary>
public sealed record SeriesProgress(int DosesGiven, int DosesInSeries)
{
    public bool IsComplete => DosesGiven >= DosesInSeries;
}

/// <summary>
/// One item of one employee: when it was last done (null: never on record) and when it falls due (null: now, or
/// never again for a complete series); for a vaccine series, how far it has come.
/// </summary>
public sealed record ComplianceItem(ComplianceItemKind Kind, DateOnly? LastDoneOn, DateOnly? DueOn, SeriesProgress? Series = null)
{
    /// <summary>Due on <see cref="DueOn"/> means still valid that day; overdue the day after. Never done is overdue.</summary>
    public ComplianceStatus StatusOn(DateOnly today) => DueOn switch
    {
        null when Series is { IsComplete: true } => ComplianceStatus.Complete,
        null => ComplianceStatus.Overdue,
        { } due when due < today => ComplianceStatus.Overdue,
        { } due when due <= today.AddDays(30) => ComplianceStatus.DueIn30Days,
        { } due when due <= today.AddDays(60) => ComplianceStatus.DueIn60Days,
        { } due when due <= today.AddDays(90) => ComplianceStatus.DueIn90Days,
        _ => ComplianceStatus.Current,
    };
}

/// <summary>
/// The compliance rules: which items each program brings, which result renews which item, and how long each lasts.
/// A DOT medical certificate lasts until the MEC card's <c>expiresOn</c>, and at most 2 years from the exam
/// (49 CFR 391.45); a medical surveillance exam lasts the interval ops sets for the company (<see cref="CompliancePolicy"/>); a respirator fit test, a respirator medical clearance and a hearing test last a year, or less
/// when the result says it lapses sooner. The latest result of a kind decides its item. A vaccine series is decided
/// by its doses instead (<see cref="VaccineSeries"/>): the next dose falls due on the schedule after the highest
/// dose on record, and once the last is given the series is complete.
/// </summary>
public static class ComplianceRules
{
    private static readonly Dictionary<ComplianceProgram, ComplianceItemKind[]> ItemsByProgram = new()
    {
        [ComplianceProgram.DotDriver] = [ComplianceItemKind.DotMedicalCertificate],
        [ComplianceProgram.RespiratorUser] = [ComplianceItemKind.RespiratorFitTest, ComplianceItemKind.RespiratorMedicalClearance],
        [ComplianceProgram.HearingConservation] = [ComplianceItemKind.HearingTest],
        [ComplianceProgram.MedicalSurveillance] = [ComplianceItemKind.SurveillanceExam],
        [ComplianceProgram.BloodbornePathogens] = [ComplianceItemKind.HepatitisBVaccineSeries],
    };

    private static readonly Dictionary<VaccineSeries, ComplianceItemKind> KindByVaccine = new()
    {
        [VaccineSeries.HepatitisB] = ComplianceItemKind.HepatitisBVaccineSeries,
        [VaccineSeries.HepatitisBCpG] = ComplianceItemKind.HepatitisBVaccineSeries,
    };

    private static readonly Dictionary<ResultType, ComplianceItemKind> KindByResultType = new()
    {
        [ResultType.MecDotCard] = ComplianceItemKind.DotMedicalCertificate,
        [ResultType.FitTestResults] = ComplianceItemKind.RespiratorFitTest,
        [ResultType.RespiratoryClearance] = ComplianceItemKind.RespiratorMedicalClearance,
        [ResultType.AudiogramResults] = ComplianceItemKind.HearingTest,
        [ResultType.MedicalSurveillanceOpinionLetter] = ComplianceItemKind.SurveillanceExam,
    };

    /// <summary>The result types that renew an item, or give a dose of a vaccine series.</summary>
    public static IReadOnlyCollection<ResultType> RenewingResultTypes { get; } = [.. KindByResultType.Keys, ResultType.VaccineAdministrationRecord];

    public static IReadOnlyList<ComplianceItemKind> ItemsOf(IEnumerable<ComplianceProgram> programs) =>
        [.. programs.Distinct().SelectMany(p => ItemsByProgram[p]).Distinct().Order()];

    public static ComplianceProgram ProgramOf(ComplianceItemKind kind) =>
        ItemsByProgram.First(p => p.Value.Contains(kind)).Key;

    public static ComplianceItemKind? KindRenewedBy(ResultType type) =>
        KindByResultType.TryGetValue(type, out var kind) ? kind : null;

    /// <summary>The item a vaccine dose counts toward.</summary>
    public static ComplianceItemKind? KindAdvancedBy(VaccineSeries series) =>
        KindByVaccine.TryGetValue(series, out var kind) ? kind : null;

    /// <summary>Whether the item is a vaccine series, decided by doses rather than by a lapse date.</summary>
    public static bool IsVaccineSeries(ComplianceItemKind kind) => KindByVaccine.ContainsValue(kind);

    /// <summary>
    /// A series item from its doses on record: the highest dose counts the doses before it as given (they may have
    /// been given elsewhere), the series of that dose says how many there are and when the next falls due. On the
    /// same dose recorded twice, the later decides. No dose on record: due now.
    /// </summary>
    public static ComplianceItem SeriesItem(ComplianceItemKind kind, IEnumerable<ComplianceEvidence> doses)
    {
        var highest = doses
            .Where(e => e.Dose is not null)
            .OrderByDescending(e => e.Dose!.Dose)
            .ThenByDescending(e => e.DoneOn)
            .FirstOrDefault();
        if (highest?.Dose is not { } given)
        {
            return new ComplianceItem(kind, null, null, null);
        }

        return new ComplianceItem(
            kind,
            highest.DoneOn,
            given.Series.NextDoseDueOn(given.Dose, highest.DoneOn),
            new SeriesProgress(Math.Min(given.Dose, given.Series.Doses), given.Series.Doses));
    }

    /// <summary>The longest an item lasts from the day it was done (a surveillance exam: the company's interval).</summary>
    public static DateOnly LatestDueOn(ComplianceItemKind kind, DateOnly doneOn, CompliancePolicy? policy = null) => kind switch
    {
        ComplianceItemKind.DotMedicalCertificate => doneOn.AddYears(2),
        ComplianceItemKind.SurveillanceExam => doneOn.AddMonths((policy ?? CompliancePolicy.Default).SurveillanceIntervalMonths),
        _ => doneOn.AddYears(1),
    };

    /// <summary>When an item done on <paramref name="doneOn"/> falls due: the result's own lapse date, capped at the longest it may last.</summary>
    public static DateOnly DueOn(ComplianceItemKind kind, DateOnly doneOn, DateOnly? expiresOn, CompliancePolicy? policy = null)
    {
        var latest = LatestDueOn(kind, doneOn, policy);
        return expiresOn is { } expires && expires < latest ? expires : latest;
    }

    /// <summary>
    /// The items of the employee's programs, each decided by its latest result (by exam date; on the same day, the
    /// one that lasts longer). Results of kinds the employee is not tracked for are ignored.
    /// </summary>
    public static IReadOnlyList<ComplianceItem> ItemsFor(RosterEmployee employee, IEnumerable<ComplianceEvidence> evidence, CompliancePolicy? policy = null)
    {
        var byKind = evidence.ToLookup(e => e.Kind);
        return [.. employee.TrackedItems.Select(kind =>
        {
            if (IsVaccineSeries(kind))
            {
                return SeriesItem(kind, byKind[kind]);
            }

            var latest = byKind[kind]
                .Select(e => (e.DoneOn, Due: DueOn(kind, e.DoneOn, e.ExpiresOn, policy)))
                .OrderByDescending(e => e.DoneOn)
                .ThenByDescending(e => e.Due)
                .FirstOrDefault();
            return latest == default ? new ComplianceItem(kind, null, null) : new ComplianceItem(kind, latest.DoneOn, latest.Due);
        })];
    }
}
