using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Common.Time;
using EmployerPortal.Domain.Reports;
using Mediator;

namespace EmployerPortal.Application.Reports.Commands.RunReport;

/// <summary>An employer runs a report for their company over a period of days (both inclusive), as PDF or CSV.</summary>
[RequiresPermission(Permission.ViewResults)]
public sealed record RunReportCommand(ReportKind Kind, DateOnly From, DateOnly To, ReportFormat Format) : ICommand<ReportFile>;

public sealed class RunReportHandler(ReportBuilder builder, ReportWriter writer, ICompanyClock companyClock, IAuditTrail audit)
    : ICommandHandler<RunReportCommand, ReportFile>
{
    public async ValueTask<ReportFile> Handle(RunReportCommand command, CancellationToken cancellationToken)
    {
        var period = ReportPeriod.OfDays(command.From, command.To, await companyClock.ForTenantAsync(cancellationToken));
        var report = await builder.BuildAsync(command.Kind, period, cancellationToken);
        audit.Record(ReportAuditActions.ReportRun, "Report", command.Kind.ToString(), $"{command.From:yyyy-MM-dd}..{command.To:yyyy-MM-dd} {command.Format}");
        return writer.Write(report, command.Format);
    }
}
