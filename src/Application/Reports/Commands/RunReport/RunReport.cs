using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Companies.Locations;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Common.Time;
using EmployerPortal.Domain.Reports;
using Mediator;

namespace EmployerPortal.Application.Reports.Commands.RunReport;

/// <summary>
/// An employer runs a report for their company over a period of days (both inclusive), as PDF or CSV: every location
/// they see, or one (another location, like another company's, is not found). Each visit's time is its location's.
/// </summary>
[RequiresPermission(Permission.ViewResults)]
public sealed record RunReportCommand(ReportKind Kind, DateOnly From, DateOnly To, ReportFormat Format, string? Location = null) : ICommand<ReportFile>;

public sealed class RunReportHandler(ReportBuilder builder, ReportWriter writer, ICompanyClock companyClock, IAuditTrail audit, IRepository<Company> companies, ICurrentUser currentUser)
    : ICommandHandler<RunReportCommand, ReportFile>
{
    public async ValueTask<ReportFile> Handle(RunReportCommand command, CancellationToken cancellationToken)
    {
        var period = ReportPeriod.OfDays(command.From, command.To, await companyClock.ForTenantAsync(cancellationToken));
        var location = string.IsNullOrWhiteSpace(command.Location) ? null : UserLocations.SeenBy(
            await companies.FirstOrDefaultAsync(new CurrentCompanySpec(), cancellationToken) ?? throw new NotFoundException("Company"), currentUser)
            .FirstOrDefault(l => l.Code == CompanyLocation.NormalizeCode(command.Location)) ?? throw new NotFoundException("Location");
        var report = await builder.BuildAsync(command.Kind, period, cancellationToken, location?.Code);
        audit.Record(ReportAuditActions.ReportRun, "Report", command.Kind.ToString(), $"{command.From:yyyy-MM-dd}..{command.To:yyyy-MM-dd} {command.Format}{(location is null ? "" : $" {location.Code}")}");
        return writer.Write(report, command.Format);
    }
}
