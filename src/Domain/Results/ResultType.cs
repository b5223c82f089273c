namespace EmployerPortal.Domain.Results;

/// <summary>The kinds of result document and report the provider publishes (API names, DESIGN §7).</summary>
public enum ResultType
{
    InjuryActivityStatusReport = 1,
    FirstNoticeOfInjuryLetter,
    PatientReferralReport,
    RecheckAppointmentReminderLetter,
    EmployeeNoShowLetter,
    StateReport,
    EmployerPatientVisitReport,
    CustodyAndControlForm,
    AlcoholTestingForm,
    NonInjuryActivityStatusReport,
    MecDotCard,
    MerLongForm,
    PrePlacementPhysicalResults,
    HumanPerformanceEvaluationResults,
    RespiratoryClearance,
    FitTestResults,
    MedicalSurveillanceOpinionLetter,
    TestAndLabResults,
    VaccineAdministrationRecord,
    OtherPhysicalResults,
    ProprietaryForm,
    AudiogramResults,
}

/// <summary>
/// What the employer sees of a result type, whether ops must enable it per company, and whether it is a drug- or
/// alcohol-testing document (seen by the company's DERs only, 49 CFR 40.321).
/// </summary>
public sealed record ResultTypeInfo(ResultType Type, string DisplayName, bool IsNonStandard, bool IsDrugAndAlcohol = false);

public static class ResultTypes
{
    private static readonly Dictionary<ResultType, ResultTypeInfo> Catalog = new ResultTypeInfo[]
    {
        new(ResultType.InjuryActivityStatusReport, "Injury Activity Status Report", false),
        new(ResultType.FirstNoticeOfInjuryLetter, "First Notice of Injury Letter", false),
        new(ResultType.PatientReferralReport, "Patient Referral Report", false),
        new(ResultType.RecheckAppointmentReminderLetter, "Recheck Appointment Reminder Letter", false),
        new(ResultType.EmployeeNoShowLetter, "Employee No Show Letter", false),
        new(ResultType.StateReport, "State Report", false),
        new(ResultType.EmployerPatientVisitReport, "Employer Patient Visit Report", false),
        new(ResultType.CustodyAndControlForm, "Custody and Control Form", false, IsDrugAndAlcohol: true),
        new(ResultType.AlcoholTestingForm, "Alcohol Testing Form", false, IsDrugAndAlcohol: true),
        new(ResultType.NonInjuryActivityStatusReport, "Non-injury Activity Status Report", false),
        new(ResultType.MecDotCard, "MEC DOT Card", false),
        new(ResultType.MerLongForm, "MER Long Form", false),
        new(ResultType.PrePlacementPhysicalResults, "Pre-placement Physical Results", false),
        new(ResultType.HumanPerformanceEvaluationResults, "Human Performance Evaluation (HPE) Results", false),
        new(ResultType.RespiratoryClearance, "Respiratory Clearance", false),
        new(ResultType.FitTestResults, "Fit Test Results", false),
        new(ResultType.MedicalSurveillanceOpinionLetter, "Medical Surveillance Medical Opinion Letter", false),
        new(ResultType.TestAndLabResults, "Test and Lab Pass/Fail Results", false),
        new(ResultType.VaccineAdministrationRecord, "Vaccine Administration Record", false),
        new(ResultType.OtherPhysicalResults, "Other physical / ancillary result", true),
        new(ResultType.ProprietaryForm, "Company proprietary form", true),
        new(ResultType.AudiogramResults, "Audiogram Results", false),
    }.ToDictionary(i => i.Type);

    public static IReadOnlyCollection<ResultTypeInfo> All => Catalog.Values;

    public static ResultTypeInfo Get(ResultType type) =>
        Catalog.TryGetValue(type, out var info) ? info : throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown result type.");
}
