namespace EmployerPortal.Application.Reports;

/// <summary>Audit actions of the Reports module (stable strings, like <see cref="Audit.AuditActions"/>).</summary>
public static class ReportAuditActions
{
    public const string ReportRun = "report.run";
    public const string ReportDownloaded = "report.downloaded";
    public const string SubscriptionChanged = "report.subscription-changed";
}
