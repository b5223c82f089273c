using EmployerPortal.Application.Reports;

namespace EmployerPortal.Application.Audit;

/// <summary>Every audit action in words, as the access history and its export show it and as its action filter offers it.</summary>
public static class AuditActionNames
{
    public static readonly IReadOnlyDictionary<string, string> Words = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [AuditActions.SignInSucceeded] = "Signed in",
        [AuditActions.SignInFailed] = "Sign-in failed",
        [AuditActions.SignedOut] = "Signed out",
        [AuditActions.SignInAwaitingTwoFactor] = "Password accepted, awaiting two-factor code",
        [AuditActions.TwoFactorSignInSucceeded] = "Signed in with two-factor code",
        [AuditActions.TwoFactorSignInFailed] = "Two-factor code refused",
        [AuditActions.TwoFactorEnabled] = "Turned on two-factor sign-in",
        [AuditActions.TwoFactorDisabled] = "Turned off two-factor sign-in",
        [AuditActions.RecoveryCodesRegenerated] = "Made new recovery codes",
        [AuditActions.TwoFactorReset] = "Reset two-factor sign-in",
        [AuditActions.UserInvited] = "Invited user",
        [AuditActions.InvitationRevoked] = "Revoked invitation",
        [AuditActions.InvitationAccepted] = "Accepted invitation",
        [AuditActions.UserRoleChanged] = "Changed role",
        [AuditActions.UserDerMarkChanged] = "Changed DER mark",
        [AuditActions.UserLocationsChanged] = "Changed locations",
        [AuditActions.UserDisabled] = "Disabled user",
        [AuditActions.UserEnabled] = "Enabled user",
        [AuditActions.PasswordReset] = "Reset password",
        [AuditActions.PasswordChanged] = "Changed password",
        [AuditActions.CompanyAccountChanged] = "Changed company account",
        [AuditActions.CompanySettingsChanged] = "Changed company settings",
        [AuditActions.LocationInstructionsChanged] = "Changed a location's instructions for clinic staff",
        [AuditActions.AuthorizationCreated] = "Created authorization",
        [AuditActions.AuthorizationVoided] = "Voided authorization",
        [AuditActions.AuthorizationEmailed] = "Emailed authorization",
        [AuditActions.ResultViewed] = "Opened result",
        [AuditActions.ResultDownloaded] = "Downloaded result",
        [AuditActions.ResultsExported] = "Exported results list",
        [ReportAuditActions.ReportRun] = "Ran report",
        [ReportAuditActions.ReportDownloaded] = "Downloaded report",
        [ReportAuditActions.SubscriptionChanged] = "Changed report subscription",
        [InjuryCases.InjuryCaseAuditActions.CaseReopened] = "Reopened injury case",
        [InjuryCases.InjuryCaseAuditActions.OshaRecordingDecided] = "Changed OSHA recording of injury case",
        [InjuryCases.InjuryCaseAuditActions.Osha300Corrected] = "Corrected OSHA 300 values of injury case",
        [InjuryCases.InjuryCaseAuditActions.Osha301Completed] = "Completed OSHA 301 report of injury case",
    };

    /// <summary>One entry's action in words: a DER mark change says which way it went.</summary>
    public static string Describe(string action, string? details) => action switch
    {
        AuditActions.UserDerMarkChanged when details == "der=true" => "Marked as DER",
        AuditActions.UserDerMarkChanged when details == "der=false" => "DER mark removed",
        _ => Words.GetValueOrDefault(action, action),
    };
}
