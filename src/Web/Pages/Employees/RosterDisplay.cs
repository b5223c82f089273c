using EmployerPortal.Application.Employees.Compliance;
using EmployerPortal.Domain.Employees;

namespace EmployerPortal.Web.Pages.Employees;

/// <summary>How the roster pages write statuses and programs.</summary>
public static class RosterDisplay
{
    public static string Programs(IEnumerable<ComplianceProgram> programs) =>
        string.Join(", ", programs.Select(ComplianceNames.Of)) is { Length: > 0 } text ? text : "None";

    public static string Status(EmploymentStatus status) => status == EmploymentStatus.Active ? "Active" : "Terminated";

    /// <summary>The badge class of a compliance status: red overdue, amber due within 30 days, blue later, green current.</summary>
    public static string Badge(ComplianceStatus status) => status switch
    {
        ComplianceStatus.Overdue => "text-bg-danger",
        ComplianceStatus.DueIn30Days => "text-bg-warning",
        ComplianceStatus.DueIn60Days or ComplianceStatus.DueIn90Days => "text-bg-info",
        _ => "text-bg-success",
    };
}
