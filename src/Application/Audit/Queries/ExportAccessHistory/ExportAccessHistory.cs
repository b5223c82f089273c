using EmployerPortal.Application.Common.Csv;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Application.Common.Time;
using Mediator;

namespace EmployerPortal.Application.Audit.Queries.ExportAccessHistory;

/// <summary>The filtered access history as a CSV file (at most <see cref="ExportAccessHistoryHandler.MaxRows"/> rows, newest first).</summary>
[RequiresPermission(Permission.ViewAuditTrail)]
public sealed record ExportAccessHistoryQuery(Guid? UserId, string? Employee, string? Action, DateOnly? From, DateOnly? To) : IQuery<CsvFile>;

public sealed class ExportAccessHistoryHandler(IAuditTrailReader reader, IRepository<Company> companies, ICompanyClock companyClock)
    : IQueryHandler<ExportAccessHistoryQuery, CsvFile>
{
    public const int MaxRows = 50_000;

    public async ValueTask<CsvFile> Handle(ExportAccessHistoryQuery query, CancellationToken cancellationToken)
    {
        var local = await companyClock.ForTenantAsync(cancellationToken);
        var filter = new AccessHistoryFilter(query.UserId, query.Employee, query.Action, query.From, query.To);
        var rows = await reader.ListAsync(filter, 0, MaxRows, cancellationToken);
        var content = CsvWriter.Write(
            ["Time", "Who", "Action", "What", "Details", "Client address"],
            rows.Select(row => new[] { local.IsoLocal(row.At), row.Who, row.ActionInWords, row.What, row.DetailsInWords, row.ClientAddress }));

        var company = await companies.FirstOrDefaultAsync(new CurrentCompanySpec(), cancellationToken) ?? throw new NotFoundException("Company");
        var today = local.Today;
        var name = Reports.ReportFileName.For(
            "Access history",
            company.Name,
            company.AccountNumber.Value,
            query.From is { } from ? $"{from:yyyy-MM-dd}" : "start",
            $"{query.To ?? today:yyyy-MM-dd}",
            "csv");
        return new CsvFile(name, content);
    }
}
