using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Documents;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Common.Time;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Application.Reports.Specifications;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Reports;
using Mediator;

namespace EmployerPortal.Application.Reports.Commands.OpenDeliveredReport;

/// <summary>The signed-in user downloads a report delivered to them; anyone else's is not found (404). Audited.</summary>
[RequiresPermission(Permission.ManageOwnReportSubscriptions)]
public sealed record OpenDeliveredReportCommand(Guid ReportId, ReportFormat Format) : ICommand<ReportFile>;

public sealed class OpenDeliveredReportHandler(
    ICurrentUser currentUser,
    IRepository<DeliveredReport> reports,
    IRepository<Company> companies,
    IDocumentStore documents,
    ICompanyClock companyClock,
    IAuditTrail audit) : ICommandHandler<OpenDeliveredReportCommand, ReportFile>
{
    public async ValueTask<ReportFile> Handle(OpenDeliveredReportCommand command, CancellationToken cancellationToken)
    {
        var report = await reports.FirstOrDefaultAsync(
                new DeliveredReportOfUserByIdSpec(currentUser.RequireUserId(), new DeliveredReportId(command.ReportId)), cancellationToken)
            ?? throw new NotFoundException("Report");
        var file = command.Format == ReportFormat.Csv ? report.Csv : report.Pdf;
        await using var stream = await documents.OpenReadAsync(file.StorageKey, file.Sha256, cancellationToken);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, cancellationToken);
        audit.Record(ReportAuditActions.ReportDownloaded, "DeliveredReport", command.ReportId.ToString(), command.Format.ToString());

        var extension = command.Format == ReportFormat.Csv ? "csv" : "pdf";
        var company = await companies.FirstOrDefaultAsync(new CompanyByIdSpec(report.CompanyId), cancellationToken) ?? throw new NotFoundException("Report");
        var local = await companyClock.ForCompanyAsync(report.CompanyId, cancellationToken);
        var name = ReportFileName.For(
            ReportKinds.DisplayName(report.Kind),
            company.Name,
            company.AccountNumber.Value,
            report.Period.FirstDay(local),
            report.Period.LastDay(local),
            extension);
        return new ReportFile(name, command.Format == ReportFormat.Csv ? "text/csv" : "application/pdf", copy.ToArray());
    }
}
