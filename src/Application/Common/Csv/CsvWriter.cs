using System.Text;

namespace EmployerPortal.Application.Common.Csv;

/// <summary>A CSV file for download.</summary>
public sealed record CsvFile(string FileName, byte[] Content);

/// <summary>
/// The one CSV writer of the portal (exports and reports): RFC 4180 quoting, CRLF line ends, UTF-8 with a byte-order
/// mark (so Excel reads accents), one header row and then the data rows and nothing else — a spreadsheet's filters and
/// pivot tables work on it as opened. A cell a spreadsheet would read as a formula (= + - @, tab, carriage return) is
/// defused with a leading apostrophe.
/// </summary>
public static class CsvWriter
{
    public static byte[] Write(IEnumerable<string> header, IEnumerable<IEnumerable<string?>> rows)
    {
        var csv = new StringBuilder();
        Line(csv, header);
        foreach (var row in rows)
        {
            Line(csv, row);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>Quotes when needed and defuses spreadsheet formulas.</summary>
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

    private static void Line(StringBuilder csv, IEnumerable<string?> cells) =>
        csv.AppendJoin(',', cells.Select(Field)).Append("\r\n");
}
