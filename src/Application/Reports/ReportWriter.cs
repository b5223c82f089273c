using System.Globalization;
using EmployerPortal.Application.Common.Csv;
using EmployerPortal.Application.Common.Printing;
using EmployerPortal.Domain.Reports;

namespace EmployerPortal.Application.Reports;

public enum ReportFormat
{
    Pdf = 0,
    Csv = 1,
}

/// <summary>A report rendered for download.</summary>
public sealed record ReportFile(string FileName, string ContentType, byte[] Content);

/// <summary>Writes a report as PDF (through <see cref="IPdfRenderer"/>) or as CSV (RFC 4180, UTF-8), with the same lines and totals.</summary>
public sealed class ReportWriter(IPdfRenderer pdf)
{
    public ReportFile Write(ReportData report, ReportFormat format) => format switch
    {
        ReportFormat.Pdf => new(FileName(report, "pdf"), "application/pdf", pdf.Render(ToPrintDocument(report))),
        ReportFormat.Csv => new(FileName(report, "csv"), "text/csv", ToCsv(report)),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown format."),
    };

    public static PrintDocument ToPrintDocument(ReportData report) => new(
        report.Title,
        [
            new PrintFields(
            [
                new("Company", $"{report.CompanyName} (account {report.AccountNumber})"),
                new("Period", report.PeriodText),
            ]),
            report.Rows.Count == 0
                ? new PrintParagraph("No visits in this period.")
                : new PrintTable(report.Headers, report.Rows),
            new PrintHeading("Totals"),
            new PrintFields(report.Totals.Select(t => new KeyValuePair<string, string>(t.Key, t.Value.ToString(CultureInfo.InvariantCulture))).ToList()),
        ]);

    /// <summary>
    /// One header row, then one row per visit and nothing else, so a spreadsheet's filters and pivot tables work on it
    /// as opened. The title, company and period are in the file name; the totals are in the PDF (and are the rows' counts).
    /// </summary>
    public static byte[] ToCsv(ReportData report) => CsvWriter.Write(report.Headers, report.Rows);

    private static string FileName(ReportData report, string extension) =>
        ReportFileName.For(report.Title, report.CompanyName, report.AccountNumber, report.FirstDay, report.LastDay, extension);
}
