namespace EmployerPortal.Domain.Users;

/// <summary>How a portal user hears about new results and letters of their company.</summary>
public enum NoticeFrequency
{
    Off = 0,

    /// <summary>At the next sweep (within about a minute), one email however many arrived.</summary>
    Immediately = 1,

    /// <summary>One email a day, in the company's morning, of what arrived since the last one.</summary>
    DailyDigest = 2,
}
