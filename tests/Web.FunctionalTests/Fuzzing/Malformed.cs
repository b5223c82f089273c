using System.Text.Json.Nodes;

namespace EmployerPortal.Web.FunctionalTests.Fuzzing;

/// <summary>What a field holds, which decides the malformed values generated for it.</summary>
public enum FieldKind
{
    /// <summary>Names and short text (plain text, a maximum length).</summary>
    Text,

    /// <summary>Free text people write sentences in ("What happened", instructions): '&lt;' and '&gt;' are kept and shown encoded; control characters are refused.</summary>
    FreeText,
    Email,
    Phone,
    State,
    Zip,
    AccountNumber,

    /// <summary>An enum sent by name (strings in the API, form values on pages).</summary>
    EnumName,

    /// <summary>A list of enum names (JSON array, or repeated form values).</summary>
    EnumList,
    Date,
    DateTime,
    Integer,
    Url,
    Guid,
    Boolean,
    Password,

    /// <summary>A nested JSON object.</summary>
    Object,
}

/// <summary>A field of a request: its name (a dotted JSON path or a form key), what it holds, whether it is required.</summary>
public sealed record FuzzField(string Name, FieldKind Kind, bool Required = true);

/// <summary>One malformed value: a label for the failure report and the value (null: the field is left out).</summary>
public sealed record Mutation(string Label, string? Value);

/// <summary>A malformed JSON value; <see cref="Omit"/> leaves the field out.</summary>
public sealed record JsonMutation(string Label, JsonNode? Value, bool Omit = false);

/// <summary>
/// The catalogue of malformed input: for each kind of field, the values no valid request holds — wrong types, missing
/// and empty values, huge strings, control characters (and the right-to-left override), markup and script, SQL
/// fragments, invalid dates, out-of-range numbers, unknown enum names. Free text legitimately holds SQL-looking
/// words and apostrophes, so SQL fragments go to fields with a format (email, phone, ids, dates, enums) and ids.
/// </summary>
public static class Malformed
{
    public const int HugeLength = 100_000;

    public static readonly string Huge = string.Concat(Enumerable.Repeat("Fuzz!", HugeLength / 5));

    public static readonly string[] ControlCharacters =
        ["Ann\u0000e", "Esc\u001b[2Jape", "Bell\u0007", "Back\u0008space", "Del\u007fete", "Right\u202Eto-left", "Isolate\u2066x\u2069", "Vertical\u000bTab"];

    public static readonly string[] Script =
        ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(document.cookie)>", "</textarea><script>fetch('//evil.example')</script>"];

    public static readonly string[] Sql =
        ["'; DROP TABLE Companies; --", "' OR 1=1 --", "1; DELETE FROM PortalUsers; --", "\" OR \"\"=\"", "' UNION SELECT Email FROM PortalUsers --"];

    public static readonly string[] InvalidDates = ["2026-02-30", "99999-01-01", "yesterday", "2026-13-01", "0000-00-00", "2026-00-10", "tomorrow at noon"];

    public static readonly string[] InvalidDateTimes =
    [
        "2026-02-30T10:00:00Z", "99999-01-01T00:00:00Z", "yesterday", "2026-01-01T25:61:00Z", "0001-01-01T00:00:00+14:00",
        "9999-12-31T23:59:59-14:00", "2026-06-01T10:00:00+25:00", "now",
    ];

    public static readonly string[] InvalidNumbers = ["-1", "99999999999999999999999", "1e400", "NaN", "12abc", "-2147483649"];

    public static readonly string[] InvalidEnumNames = ["Superuser", "987654", "-1", "null", "Admin;DROP"];

    public static readonly string[] InvalidGuids =
        ["not-a-guid", "00000000-0000-0000-0000-000000000000", "12345", "99999999999999999999", "'; DROP TABLE Authorizations; --", "{}", "g0000000-0000-0000-0000-000000000000"];

    /// <summary>The malformed values of a form field (everything is a string on the wire; a missing field is null).</summary>
    public static IEnumerable<Mutation> For(FuzzField field)
    {
        if (field.Required)
        {
            yield return new Mutation("missing", null);
            yield return new Mutation("empty", "");
            yield return new Mutation("whitespace", "   \t ");
        }

        if (field.Kind is FieldKind.Boolean)
        {
            yield return new Mutation("not a boolean", "maybe");
            yield return new Mutation("number for boolean", "2");
            yield return new Mutation("huge", Huge);
            yield break;
        }

        yield return new Mutation("huge string", Huge);
        foreach (var (value, i) in ControlCharacters.Select((v, i) => (v, i)))
        {
            yield return new Mutation($"control character {i}", value);
        }

        // Sentences and passwords may hold '<' and '>' (a new password of "<script>…" typed twice is a valid change).
        if (field.Kind is not (FieldKind.FreeText or FieldKind.Password))
        {
            foreach (var (value, i) in Script.Select((v, i) => (v, i)))
            {
                yield return new Mutation($"script {i}", value);
            }
        }

        if (field.Kind is not (FieldKind.Text or FieldKind.FreeText or FieldKind.Password))
        {
            foreach (var (value, i) in Sql.Select((v, i) => (v, i)))
            {
                yield return new Mutation($"SQL {i}", value);
            }
        }

        foreach (var mutation in Specific(field.Kind))
        {
            yield return mutation;
        }
    }

    /// <summary>The malformed values of a JSON field: the form values as strings, plus values of the wrong JSON type.</summary>
    public static IEnumerable<JsonMutation> ForJson(FuzzField field)
    {
        if (field.Required)
        {
            yield return new JsonMutation("missing", null, Omit: true);
            yield return new JsonMutation("null", null);
        }

        yield return new JsonMutation("number for " + field.Kind, JsonValue.Create(987654));
        yield return new JsonMutation("negative number", JsonValue.Create(-1));
        yield return new JsonMutation("huge number", JsonValue.Create(1.7e308));
        yield return new JsonMutation("boolean for " + field.Kind, JsonValue.Create(true));
        yield return new JsonMutation("object for " + field.Kind, new JsonObject { ["$type"] = "System.Object", ["value"] = "x" });
        yield return new JsonMutation("array for " + field.Kind, new JsonArray(1, "two", null));
        if (field.Kind is FieldKind.Object)
        {
            yield return new JsonMutation("string for object", JsonValue.Create("{\"nested\":true}"));
            yield break;
        }

        if (field.Kind is FieldKind.EnumList)
        {
            yield return new JsonMutation("string for list", JsonValue.Create("FitTestResults"));
            yield return new JsonMutation("unknown name in list", new JsonArray("NotAResultType"));
            yield return new JsonMutation("number in list", new JsonArray(987654));
            yield return new JsonMutation("null in list", new JsonArray((JsonNode?)null));
            yield return new JsonMutation("SQL in list", new JsonArray(Sql[0]));
            yield return new JsonMutation("huge list item", new JsonArray(Huge));
            yield return new JsonMutation("standard type in list", new JsonArray("FitTestResults"));
            yield break;
        }

        foreach (var mutation in For(field).Where(m => m.Value is not null && (field.Required || m.Value.Trim().Length > 0)))
        {
            yield return new JsonMutation(mutation.Label, JsonValue.Create(mutation.Value));
        }
    }

    private static IEnumerable<Mutation> Specific(FieldKind kind)
    {
        string[] values = kind switch
        {
            FieldKind.Email => ["not-an-email", "a@b", "admin@acme.example\r\nBcc: all@evil.example", "@@acme.example", "admin@@acme.example", "admin@acme"],
            FieldKind.Phone => ["12345", "phone", "555-0100-000000000000", "+44 20 7946 0958", "(512) 555-01OO"],
            FieldKind.State => ["XX", "Texas", "T", "TXX", "1A"],
            FieldKind.Zip => ["1234", "ABCDE", "12345-", "123456789", "12345-67890"],
            FieldKind.AccountNumber => ["12", "12345678901", "ABCDE", "-1000", "10 02 00", "100200.5"],
            FieldKind.EnumName or FieldKind.EnumList => InvalidEnumNames,
            FieldKind.Date => InvalidDates,
            FieldKind.DateTime => InvalidDateTimes,
            FieldKind.Integer => InvalidNumbers,
            FieldKind.Url => ["http://insecure.example/portal", "javascript:alert(1)", "not a url", "ftp://files.example/x", "//evil.example"],
            FieldKind.Guid => InvalidGuids,
            FieldKind.Password => ["short", "\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000"],
            _ => [],
        };
        return values.Select((v, i) => new Mutation($"invalid {kind} {i}", v));
    }
}
