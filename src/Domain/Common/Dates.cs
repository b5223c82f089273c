namespace EmployerPortal.Domain.Common;

internal static class Dates
{
    /// <summary>The calendar date of an instant, read in the instant's own offset: the caller's clock decides the time zone.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.DateTime);
}
