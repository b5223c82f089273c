using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using EmployerPortal.Web.FunctionalTests.Infrastructure;

namespace EmployerPortal.Web.FunctionalTests.Employees;

/// <summary>Drives the roster pages as an Admin's browser does: upload a CSV, read the preview, confirm it.</summary>
internal static partial class RosterClient
{
    public const string Header = "employee_id,first_name,last_name,date_of_birth,email,phone,job_title,locations,hire_date,status,programs";

    public static string NewNumber(string prefix = "T") => $"{prefix}-{Guid.NewGuid():N}"[..14].ToUpperInvariant();

    public static string Row(string number, string last = "Tester", string locations = "MAIN", string programs = "DOT driver", string dateOfBirth = "1985-04-12", string first = "Robin") =>
        $"{number},{first},{last},{dateOfBirth},,,Driver,{locations},2019-05-01,Active,{programs}";

    public static async Task<HttpResponseMessage> PreviewAsync(HttpClient client, string csv)
    {
        var page = await client.GetStringAsync("/Employees/Import");
        var content = new MultipartFormDataContent
        {
            { new StringContent(PortalFactory.AntiforgeryToken(page)), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", "roster.csv");
        return await client.PostAsync("/Employees/Import?handler=Preview", content);
    }

    public static string? TokenOf(string html) => TokenPattern().Match(html) is { Success: true } match ? match.Groups[1].Value : null;

    public static async Task<HttpResponseMessage> ApplyAsync(HttpClient client, string token, string previewHtml) =>
        await client.PostAsync("/Employees/Import?handler=Apply", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalFactory.AntiforgeryToken(previewHtml),
            ["token"] = token,
        }));

    /// <summary>The "line: message" pairs of the preview's error table.</summary>
    public static IReadOnlyList<(int Line, string Message)> ErrorsOf(string html) =>
        [.. ErrorRowPattern().Matches(html).Select(m => (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), WebUtility.HtmlDecode(m.Groups[2].Value)))];

    public static IReadOnlyList<Guid> EmployeeIdsOf(string html) =>
        [.. EmployeeLinkPattern().Matches(html).Select(m => Guid.Parse(m.Groups[1].Value)).Distinct()];

    [GeneratedRegex("name=\"token\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("data-testid=\"import-error\" data-line=\"(\\d+)\">\\s*<td>\\d+</td>\\s*<td>[^<]*</td>\\s*<td>([^<]*)</td>", RegexOptions.Singleline)]
    private static partial Regex ErrorRowPattern();

    [GeneratedRegex("href=\"/Employees/Details/([0-9a-f-]{36})\"")]
    private static partial Regex EmployeeLinkPattern();
}
