namespace EmployerPortal.Application.Results;

/// <summary>The names under which result documents reach the employer's disk (DESIGN §1: the display name).</summary>
public static class ResultFileNames
{
    public static string For(ResultDocumentFile document) => Safe($"{document.Title} - {document.EmployeeLastName}, {document.EmployeeFirstName} - {document.VisitDate:yyyy-MM-dd}") + ".pdf";

    /// <summary>Named by the company's local time of the download (<paramref name="localAt"/> carries the zone's offset).</summary>
    public static string Merged(DateTimeOffset localAt, int count) => $"Results ({count} documents) {localAt:yyyy-MM-dd HHmm}.pdf";

    private static string Safe(string name) =>
        string.Concat(name.Select(c => Path.GetInvalidFileNameChars().Contains(c) || c is '/' or '\\' or ':' or '"' ? '-' : c));
}
