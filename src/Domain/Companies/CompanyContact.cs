namespace EmployerPortal.Domain.Companies;

/// <summary>Which notices a company contact receives.</summary>
[Flags]
public enum ContactNotices
{
    None = 0,
    NewResults = 1,
    NoShowLetters = 2,
    RecheckReminders = 4,
    ScheduledReports = 8,
}

/// <summary>A person at the employer who receives notifications. Part of the Company aggregate.</summary>
public sealed record CompanyContact(string Name, string? Title, string Email, string? Phone, ContactNotices Notices)
{
    public bool Receives(ContactNotices notice) => (Notices & notice) == notice;
}
