namespace EmployerPortal.Application.Common.Security;

/// <summary>
/// How a signed-in user's current password (asked again before a sensitive change) checked out. A wrong one counts
/// toward the lockout as a wrong sign-in does, so a left-open session cannot be used to guess the password.
/// </summary>
public enum CurrentPasswordCheck
{
    Correct,
    Wrong,

    /// <summary>Too many failures (here or at sign-in): refused, whatever was typed, until the lockout ends.</summary>
    LockedOut,
}

public static class CurrentPasswordMessages
{
    public const string Wrong = "The current password is incorrect.";
    public const string LockedOut = "This account is locked after too many failed attempts. Try again in 15 minutes.";
}
