using EmployerPortal.Application.Common.Time;

namespace EmployerPortal.Application.Dashboard;

/// <summary>
/// A company's local calendar week, Monday to Sunday, and the instants it spans: [<see cref="From"/>, <see cref="To"/>).
/// A week with a DST change is an hour shorter or longer, never a fixed 168 hours.
/// </summary>
public sealed record LocalWeek(DateOnly Monday, DateTimeOffset From, DateTimeOffset To)
{
    /// <summary>The <paramref name="count"/> weeks ending with the one holding <paramref name="today"/>, oldest first.</summary>
    public static IReadOnlyList<LocalWeek> EndingWith(DateOnly today, int count, LocalTime local)
    {
        var thisMonday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return [.. Enumerable.Range(0, count)
            .Select(i => thisMonday.AddDays(-7 * (count - 1 - i)))
            .Select(monday => new LocalWeek(monday, local.StartOf(monday), local.StartOf(monday.AddDays(7))))];
    }
}
