using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Domain.Reports;
using Mediator;

namespace EmployerPortal.Application.Reports.Commands.RunReport;

/// <summary>An employer runs a report for their company over a period of days (both inclusive), as PDF or CSV.</summary>
[RequiresPermission(Permission.ViewResults)]
public sealed record RunReportCommand(ReportKind Kind, DateOnly From, DateOnly To, ReportFormat Format) : ICommand<ReportFile>;

public sealed class RunReportHandler(ReportBuilder builder, ReportWriter writer, IAuditTrail audit)
    : ICommandHandler<RunReportCommand, ReportFile>
{
    public async ValueTask<ReportFile> Handle(RunReportCommand command, CancellationToken cancellationToken)
    {
        var period = new ReportPeriod(
            new DateTimeOffset(command.From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            new DateTimeOffset(command.To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        var report = await builder.BuildAsync(command.Kind, period, cancellationToken);
        audit.Record(ReportAuditActions.ReportRun, "Report", command.Kind.ToString(), $"{command.From:yyyy-MM-dd}..{command.To:yyyy-MM-dd} {command.Format}");
        return writer.Write(report, command.Format);
    }
}
