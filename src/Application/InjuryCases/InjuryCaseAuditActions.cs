namespace EmployerPortal.Application.InjuryCases;

/// <summary>The audit actions of injury cases: stable strings, stored and filtered on.</summary>
public static class InjuryCaseAuditActions
{
    public const string CaseReopened = "injury-case.reopened";
    public const string OshaRecordingDecided = "injury-case.osha-recording-decided";
    public const string Osha300Corrected = "injury-case.osha-300-corrected";
    public const string Osha301Completed = "injury-case.osha-301-completed";
}
