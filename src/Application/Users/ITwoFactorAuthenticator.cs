using EmployerPortal.Application.Common.Security;
using EmployerPortal.Domain.Common;

namespace EmployerPortal.Application.Users;

/// <summary>
/// A user's authenticator-app (TOTP) sign-in, kept by infrastructure (ASP.NET Core Identity's authenticator key,
/// token provider and recovery codes). Changes are saved by Identity as they are made.
/// </summary>
public interface ITwoFactorAuthenticator
{
    Task<TwoFactorState> GetStateAsync(PortalUserId userId, CancellationToken cancellationToken);

    /// <summary>The user's authenticator key (base32), creating one if the user has none yet.</summary>
    Task<string> GetOrCreateKeyAsync(PortalUserId userId, CancellationToken cancellationToken);

    /// <summary>Whether the code is what the user's authenticator app shows now (give or take the clock drift Identity allows).</summary>
    Task<bool> VerifyCodeAsync(PortalUserId userId, string code, CancellationToken cancellationToken);

    /// <summary>The user's current password, counted toward the lockout as at sign-in.</summary>
    Task<CurrentPasswordCheck> CheckPasswordAsync(PortalUserId userId, string password, CancellationToken cancellationToken);

    /// <summary>Turns two-factor sign-in on; returns new recovery codes (the old ones stop working).</summary>
    Task<IReadOnlyList<string>> EnableAsync(PortalUserId userId, int recoveryCodes, CancellationToken cancellationToken);

    /// <summary>Turns two-factor sign-in off and discards the key, so the old authenticator entry no longer works.</summary>
    Task DisableAsync(PortalUserId userId, CancellationToken cancellationToken);

    /// <summary>
    /// An Admin's reset for a user who lost their authenticator: two-factor off, the key and the recovery codes
    /// discarded, so the next sign-in needs the password alone.
    /// </summary>
    Task ResetAsync(PortalUserId userId, CancellationToken cancellationToken);

    /// <summary>Which of these users have two-factor sign-in on (one query, for lists).</summary>
    Task<IReadOnlySet<PortalUserId>> WithTwoFactorAsync(IReadOnlyCollection<PortalUserId> userIds, CancellationToken cancellationToken);

    /// <summary>New recovery codes; the old ones stop working.</summary>
    Task<IReadOnlyList<string>> NewRecoveryCodesAsync(PortalUserId userId, int count, CancellationToken cancellationToken);
}

public sealed record TwoFactorState(bool Enabled, int RecoveryCodesLeft);

public static class TwoFactorDefaults
{
    /// <summary>The issuer the authenticator app shows beside the account.</summary>
    public const string Issuer = "Employer Portal";

    public const int RecoveryCodeCount = 10;

    /// <summary>
    /// The otpauth URI an authenticator app reads from the QR code (Key URI Format), labelled "Employer Portal:email".
    /// </summary>
    public static string AuthenticatorUri(string email, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(email)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";

    /// <summary>The key in groups of four, lower-case, for typing by hand.</summary>
    public static string FormatKey(string key) =>
        string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(chunk => new string(chunk)));

    /// <summary>An authenticator code as typed: spaces and hyphens removed.</summary>
    public static string NormalizeCode(string? code) => (code ?? string.Empty).Replace(" ", string.Empty).Replace("-", string.Empty);
}
