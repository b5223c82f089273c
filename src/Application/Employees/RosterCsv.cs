using System.Text;

namespace EmployerPortal.Application.Employees;

/// <summary>One data row of a roster file with the line it starts on (the header is line 1).</summary>
public sealed record RosterCsvRow(int Line, RosterEmployeeInput Input);

/// <summary>A problem with the file as a whole (no header, a missing column) or with one row's field.</summary>
public sealed record RosterImportError(int Line, string? Column, string Message);

/// <summary>
/// Reads a roster CSV (RFC 4180: quoted fields may hold commas, quotes and line breaks) with a header row naming the
/// columns in any order, case and spacing: employee_id, first_name, last_name, date_of_birth, email, phone,
/// job_title, locations, hire_date, status, programs.
/// </summary>
public static class RosterCsv
{
    public const int MaxRows = 50_000;

    public static readonly string[] Columns =
        ["employee_id", "first_name", "last_name", "date_of_birth", "email", "phone", "job_title", "locations", "hire_date", "status", "programs"];

    private static readonly string[] Required = ["employee_id", "first_name", "last_name", "date_of_birth", "locations"];

    /// <summary>The header and an example row, for the import page's template.</summary>
    public static string Template =>
        string.Join(',', Columns) + "\r\n" + "E-1042,Dana,Whitfield,1988-06-21,dana.whitfield@example.com,(214) 555-0142,Driver,MAIN,2020-01-06,Active,DOT driver; Hearing conservation\r\n";

    public static (IReadOnlyList<RosterCsvRow> Rows, IReadOnlyList<RosterImportError> Errors) Read(TextReader reader)
    {
        var errors = new List<RosterImportError>();
        var rows = new List<RosterCsvRow>();
        using var records = Records(reader).GetEnumerator();
        if (!records.MoveNext())
        {
            return (rows, [new RosterImportError(1, null, "The file is empty: the first line names the columns, e.g. " + string.Join(',', Columns) + ".")]);
        }

        var header = records.Current.Fields.Select(Key).ToList();
        var index = Columns.ToDictionary(c => c, c => header.IndexOf(c));
        foreach (var missing in Required.Where(c => index[c] < 0))
        {
            errors.Add(new RosterImportError(1, missing, $"The header has no column {missing}."));
        }

        if (errors.Count > 0)
        {
            return (rows, errors);
        }

        while (records.MoveNext())
        {
            var (line, fields) = records.Current;
            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (rows.Count == MaxRows)
            {
                errors.Add(new RosterImportError(line, null, $"A file holds at most {MaxRows:N0} employees; split it."));
                break;
            }

            string? Field(string column) => index[column] is >= 0 and var i && i < fields.Count && !string.IsNullOrWhiteSpace(fields[i]) ? fields[i].Trim() : null;
            rows.Add(new RosterCsvRow(line, new RosterEmployeeInput(
                Field("employee_id"), Field("first_name"), Field("last_name"), Field("date_of_birth"), Field("email"), Field("phone"),
                Field("job_title"), Field("locations"), Field("hire_date"), Field("status"), Field("programs"))));
        }

        return (rows, errors);
    }

    private static string Key(string header) =>
        new string([.. header.Trim().TrimStart('\uFEFF').ToLowerInvariant().Select(c => c is ' ' or '-' ? '_' : c)]);

    private static IEnumerable<(int Line, List<string> Fields)> Records(TextReader reader)
    {
        var line = 1;
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var start = line;
        var any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            any = true;
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (ch == '\n')
                    {
                        line++;
                    }

                    field.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return (start, fields);
                    fields = [];
                    any = false;
                    line++;
                    start = line;
                    break;
                default:
                    field.Append(ch);
                    break;
            }
        }

        if (any)
        {
            fields.Add(field.ToString());
            yield return (start, fields);
        }
    }
}
