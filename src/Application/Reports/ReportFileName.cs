namespace EmployerPortal.Application.Reports;

/// <summary>
/// The name a downloaded report or export is saved under: what it is, whose it is and which period it covers
/// ("Employer Patient Visit Report - Acme Logistics (100200) - 2026-11-01 to 2026-11-30.csv"), safe on every file system.
/// </summary>
public static class ReportFileName
{
    private static readonly char[] Unsafe = ['/', '\\', ':', '*', '?', '"', '<', '>', '|'];

    public static string For(string title, string companyName, string accountNumber, DateOnly firstDay, DateOnly lastDay, string extension) =>
        For(title, companyName, accountNumber, Iso(firstDay), Iso(lastDay), extension);

    public static string For(string title, string companyName, string accountNumber, string periodStart, string periodEnd, string extension) =>
        $"{Clean(title)} - {Clean(companyName)} ({accountNumber}) - {periodStart} to {periodEnd}.{extension}";

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Clean(string text)
    {
        var cleaned = new string(text.Select(c => Array.IndexOf(Unsafe, c) >= 0 || char.IsControl(c) ? ' ' : c).ToArray());
        return string.Join(' ', cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
