using System.Globalization;
using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Csv;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Common.Time;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Application.Reports;
using EmployerPortal.Application.Results.Queries.SearchResults;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Results;
using Mediator;

namespace EmployerPortal.Application.Results.Commands.ExportResults;

/// <summary>
/// The results list as CSV: every row the search matches (its filters and order, not only the page shown), in the
/// data layer's scope (company, location, DER), one header row and then the rows. Audited like a report download
/// (a list of who had which result is itself medical information).
/// </summary>
[RequiresPermission(Permission.ViewResults)]
public sealed record ExportResultsCommand(ResultSearchCriteria Criteria) : ICommand<CsvFile>;

public sealed class ExportResultsHandler(
    IResultReadModel results,
    IRepository<Company> companies,
    ICompanyClock companyClock,
    ICurrentUser currentUser,
    IAuditTrail audit) : ICommandHandler<ExportResultsCommand, CsvFile>
{
    /// <summary>The most rows one export holds: as far as the list itself counts and pages.</summary>
    public const int MaxRows = ResultLimits.MaxSearchRows;

    public static readonly IReadOnlyList<string> Header =
        ["Last name", "First name", "Employee ID", "Visit date", "Category", "Result type", "Title", "Outcome", "Received", "Opened by me"];

    public async ValueTask<CsvFile> Handle(ExportResultsCommand command, CancellationToken cancellationToken)
    {
        var rows = await results.ListAsync(currentUser.RequireUserId(), command.Criteria, MaxRows + 1, cancellationToken);
        if (rows.Count > MaxRows)
        {
            throw ValidationFailedException.ForField(
                nameof(command.Criteria),
                $"More than {MaxRows:N0} results match; narrow the search (a shorter date range, one result type) and export again.");
        }

        var local = await companyClock.ForTenantAsync(cancellationToken);
        var content = CsvWriter.Write(Header, rows.Select(row => new[]
        {
            row.EmployeeLastName,
            row.EmployeeFirstName,
            row.EmployeeId,
            row.VisitDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            row.Category == VisitCategory.Injury ? "Injury" : "Non-injury",
            row.TypeDisplayName,
            row.Title,
            row.Outcome?.ToString(),
            local.IsoLocal(row.ReceivedAt),
            row.IsRead ? "Yes" : "No",
        }));

        audit.Record(AuditActions.ResultsExported, details: rows.Count == 1 ? "1 row" : $"{rows.Count} rows");
        var company = await companies.FirstOrDefaultAsync(new CurrentCompanySpec(), cancellationToken) ?? throw new NotFoundException("Company");
        var criteria = command.Criteria;
        var name = ReportFileName.For(
            "Results",
            company.Name,
            company.AccountNumber.Value,
            criteria.VisitFrom is { } from ? from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "start",
            (criteria.VisitTo ?? local.Today).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "csv");
        return new CsvFile(name, content);
    }
}
