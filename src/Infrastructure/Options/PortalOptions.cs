using System.ComponentModel.DataAnnotations;

namespace EmployerPortal.Infrastructure.Options;

/// <summary>The <c>Portal</c> section (DESIGN §7).</summary>
public sealed class PortalOptions
{
    public const string SectionName = "Portal";

    /// <summary>Where the SQLite file, documents, mail pickup and keys live. Relative paths are under the content root.</summary>
    [Required]
    public string DataDirectory { get; set; } = "App_Data";

    /// <summary>Absolute base of links in emails; defaults to the first bound URL.</summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>How long an idle session lasts (enforced by the server's session record).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "08:00:00")]
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a session lasts however active the user: after it, they sign in again.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "24:00:00")]
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Create the demo companies and users at start (Development only).</summary>
    public bool SeedDemoData { get; set; }
}

/// <summary>The <c>Database</c> section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations when the host starts.</summary>
    public bool MigrateOnStartup { get; set; } = true;
}

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    Postgres,
}

public static class DatabaseProviderExtensions
{
    /// <summary>A database server that several nodes share (SQL Server, PostgreSQL), as opposed to the embedded SQLite file.</summary>
    public static bool IsSharedServer(this DatabaseProvider provider) => provider is DatabaseProvider.SqlServer or DatabaseProvider.Postgres;
}

/// <summary>
/// The <c>DataProtection</c> section: the certificate (a PFX file with its private key) that encrypts the data-protection
/// keys at rest. Required on SQL Server (production); without it the embedded default writes them unencrypted to the data folder.
/// </summary>
public sealed class KeyProtectionOptions
{
    public const string SectionName = "DataProtection";

    /// <summary>Path of the PFX file. Relative paths are under the content root.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The PFX file's password, from the platform's secret store.</summary>
    public string? CertificatePassword { get; set; }
}
