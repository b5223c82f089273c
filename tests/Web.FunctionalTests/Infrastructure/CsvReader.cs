using System.Text;

namespace EmployerPortal.Web.FunctionalTests.Infrastructure;

/// <summary>Reads a downloaded CSV as a spreadsheet does (RFC 4180: quoted cells may hold commas and doubled quotes).</summary>
internal static class CsvReader
{
    /// <summary>The rows of a UTF-8 file with CRLF line ends (a byte-order mark is skipped).</summary>
    public static List<string[]> Parse(byte[] content) =>
        [.. Encoding.UTF8.GetString(content).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(Split)];

    /// <summary>One line's cells.</summary>
    public static string[] Split(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted && ch == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (ch == '"')
            {
                quoted = !quoted;
            }
            else if (ch == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(ch);
            }
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }
}
