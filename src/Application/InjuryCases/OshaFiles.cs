namespace EmployerPortal.Application.InjuryCases;

/// <summary>How an OSHA form (the 300 log, the 300A summary, a 301 report) is asked for: on screen, as CSV or as PDF.</summary>
public enum OshaFormat
{
    Screen,
    Csv,
    Pdf,
}

/// <summary>An OSHA form as a file to download.</summary>
public sealed record OshaFile(string FileName, string ContentType, byte[] Content);
