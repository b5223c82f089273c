using System.Globalization;

namespace EmployerPortal.Application.Letters;

/// <summary>How letters and their emails write dates and times: US English, in UTC, said so.</summary>
public static class LetterFormat
{
    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");

    public static string DateTime(DateTimeOffset at) =>
        at.UtcDateTime.ToString("dddd, MMMM d, yyyy 'at' h:mm tt 'UTC'", Us);

    public static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("MMMM d, yyyy", Us);

    public static string Date(DateOnly date) => date.ToString("MMMM d, yyyy", Us);
}
