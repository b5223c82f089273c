using EmployerPortal.Domain.Common;

namespace EmployerPortal.Application.Audit;

/// <summary>
/// The append-only record of who did what (DESIGN §8). An entry is written in the same transaction as the
/// change it records; who, company, time and client address are filled in from the current actor.
/// Details never carry medical content: ids and field names, not names or results.
/// </summary>
public interface IAuditTrail
{
    void Record(string action, string? targetType = null, string? targetId = null, string? details = null);

    /// <summary>
    /// An entry of this company's trail, whoever acts (an Admin, ops provisioning, a sweep): for handlers of domain
    /// events, which name the company.
    /// </summary>
    void Record(CompanyId companyId, string action, string? targetType = null, string? targetId = null, string? details = null);
}

/// <summary>The actions the trail records. Stable strings: they are stored and filtered on.</summary>
public static class AuditActions
{
    public const string SignInSucceeded = "sign-in.succeeded";
    public const string SignInFailed = "sign-in.failed";
    public const string SignedOut = "sign-out";
    public const string SignInAwaitingTwoFactor = "sign-in.awaiting-two-factor";
    public const string TwoFactorSignInSucceeded = "sign-in.two-factor-succeeded";
    public const string TwoFactorSignInFailed = "sign-in.two-factor-failed";
    public const string TwoFactorEnabled = "user.two-factor-enabled";
    public const string TwoFactorDisabled = "user.two-factor-disabled";
    public const string RecoveryCodesRegenerated = "user.recovery-codes-regenerated";
    public const string TwoFactorReset = "user.two-factor-reset";
    public const string UserInvited = "user.invited";
    public const string InvitationRevoked = "user.invitation-revoked";
    public const string InvitationAccepted = "user.invitation-accepted";
    public const string UserRoleChanged = "user.role-changed";
    public const string UserDerMarkChanged = "user.der-mark-changed";
    public const string UserLocationsChanged = "user.locations-changed";
    public const string UserDisabled = "user.disabled";
    public const string UserEnabled = "user.enabled";
    public const string PasswordReset = "user.password-reset";
    public const string PasswordChanged = "user.password-changed";
    public const string CompanyAccountChanged = "company.account-changed";
    public const string CompanySettingsChanged = "company.settings-changed";
    public const string LocationInstructionsChanged = "company.location-instructions-changed";
    public const string AuthorizationCreated = "authorization.created";
    public const string AuthorizationVoided = "authorization.voided";
    public const string AuthorizationEmailed = "authorization.emailed";
    public const string ResultViewed = "result.viewed";
    public const string ResultDownloaded = "result.downloaded";
    public const string ResultsExported = "results.exported";
}
