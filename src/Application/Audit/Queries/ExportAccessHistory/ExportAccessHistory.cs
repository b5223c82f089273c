using System.Text;
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

public sealed record CsvFile(string FileName, byte[] Content);

public sealed class ExportAccessHistoryHandler(IAuditTrailReader reader, IRepository<Company> companies, ICompanyClock companyClock)
    : IQueryHandler<ExportAccessHistoryQuery, CsvFile>
{
    public const int MaxRows = 50_000;

    public async ValueTask<CsvFile> Handle(ExportAccessHistoryQuery query, CancellationToken cancellationToken)
    {
        var local = await companyClock.ForTenantAsync(cancellationToken);
        var filter = new AccessHistoryFilter(query.UserId, query.Employee, query.Action, query.From, query.To);
        var rows = await reader.ListAsync(filter, 0, MaxRows, cancellationToken);
        var csv = new StringBuilder();
        csv.AppendLine("Time,Who,Action,What,Details,Client address");
        foreach (var row in rows)
        {
            csv.AppendJoin(',', new[]
            {
                local.IsoLocal(row.At),
                row.Who,
                row.ActionInWords,
                row.What,
                row.DetailsInWords,
                row.ClientAddress,
            }.Select(Field)).AppendLine();
        }

        var company = await companies.FirstOrDefaultAsync(new CurrentCompanySpec(), cancellationToken) ?? throw new NotFoundException("Company");
        var today = local.Today;
        var name = Reports.ReportFileName.For(
            "Access history",
            company.Name,
            company.AccountNumber.Value,
            query.From is { } from ? $"{from:yyyy-MM-dd}" : "start",
            $"{query.To ?? today:yyyy-MM-dd}",
            "csv");
        return new CsvFile(name, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())]);
    }

    /// <summary>Quotes when needed and defuses spreadsheet formulas (a cell starting with = + - @).</summary>
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
