using System.Text.RegularExpressions;
using EmployerPortal.Web.FunctionalTests.Infrastructure;

namespace EmployerPortal.Web.FunctionalTests.Results;

/// <summary>Reads the results pages' HTML and posts their forms, for the functional tests.</summary>
internal static partial class ResultsPages
{
    public static IReadOnlyList<Guid> DocumentIds(string html) =>
        [.. RowPattern().Matches(html).Select(m => Guid.Parse(m.Groups[1].Value))];

    public static int UnreadCount(string html) => UnreadPattern().Matches(html).Count;

    public static Guid VisitIdOf(string html, Guid documentId) =>
        Guid.Parse(Regex.Match(html, $"data-document-id=\"{documentId}\"[\\s\\S]*?/Results/Employee/([0-9a-f-]{{36}})").Groups[1].Value);

    /// <summary>Posts "download selected as one PDF" with the ids in the given order.</summary>
    public static async Task<HttpResponseMessage> MergeAsync(HttpClient client, IEnumerable<Guid> documentIds)
    {
        var page = await client.GetStringAsync("/Results");
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", PortalFactory.AntiforgeryToken(page)) };
        fields.AddRange(documentIds.Select(id => new KeyValuePair<string, string>("documentIds", id.ToString())));
        return await client.PostAsync("/Results?handler=Merge", new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("data-testid=\"result-row\" data-document-id=\"([0-9a-f-]{36})\"")]
    private static partial Regex RowPattern();

    [GeneratedRegex("data-testid=\"unread\"")]
    private static partial Regex UnreadPattern();
}
