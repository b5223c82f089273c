using System.Net;
using System.Text.RegularExpressions;

namespace EmployerPortal.Web.FunctionalTests.Dashboard;

/// <summary>Reads the figures and links of the dashboard's HTML, for the functional tests.</summary>
internal sealed class DashboardPage(string html)
{
    public static async Task<DashboardPage> LoadAsync(HttpClient client) => new(await client.GetStringAsync("/Dashboard"));

    public string Html => html;

    public int UnreadTotal => Number(Regex.Match(html, "data-testid=\"new-results-total\">(\\d+)"));

    public int Unread(string type) => Number(TypeLink(type));

    public string UnreadLink(string type) => Href(TypeLink(type));

    public int ActiveAuthorizations => Number(Regex.Match(html, "data-testid=\"active-authorizations-count\">(\\d+)"));

    public string ActiveAuthorizationsLink => Href(Regex.Match(html, "href=\"([^\"]*)\" data-testid=\"active-authorizations-count\""));

    /// <summary>The figure of one status on the "today" or "tomorrow" card.</summary>
    public int Visits(string day, string status) => Number(StatusLink(day, status));

    public string VisitsLink(string day, string status) => Href(StatusLink(day, status));

    /// <summary>A bar of a chart, read from its text table ("Week of Nov 30, 2026", "Fit Test Results").</summary>
    public int Bar(string chart, string label)
    {
        var table = Regex.Match(html, $"data-testid=\"{chart}-table\">[\\s\\S]*?</table>");
        var row = Regex.Match(table.Value, $"<th scope=\"row\">{Regex.Escape(label)}</th><td>(\\d+)</td>");
        return row.Success ? int.Parse(row.Groups[1].Value) : 0;
    }

    private Match TypeLink(string type) =>
        Regex.Match(html, $"href=\"([^\"]*)\" data-testid=\"new-results-type\" data-type=\"{type}\">\\s*<span data-testid=\"count\">(\\d+)");

    private Match StatusLink(string day, string status) =>
        Regex.Match(html, $"data-testid=\"visits-{day}\"[\\s\\S]*?href=\"([^\"]*)\" data-testid=\"visits-status\" data-status=\"{status}\">\\s*<span data-testid=\"count\">(\\d+)");

    private static int Number(Match match) => match.Success ? int.Parse(match.Groups[match.Groups.Count - 1].Value) : 0;

    private static string Href(Match match) => match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("No such link on the dashboard.");
}
