using System.ComponentModel.DataAnnotations;

namespace EmployerPortal.Infrastructure.Jobs;

/// <summary>Which part of the background work a node does.</summary>
public enum JobsRole
{
    /// <summary>Serves the web and runs the job server in-process: the embedded default.</summary>
    All,

    /// <summary>Serves the web and enqueues jobs; a worker node runs them. Needs shared job storage (SQL Server).</summary>
    Web,

    /// <summary>Runs the job server; meant to take no employer traffic. Needs shared job storage (SQL Server).</summary>
    Worker,
}

/// <summary>The <c>Jobs</c> section.</summary>
public sealed class JobsOptions
{
    public const string SectionName = "Jobs";

    public JobsRole Role { get; set; } = JobsRole.All;

    /// <summary>Hangfire workers of the in-process server.</summary>
    [Range(1, 50)]
    public int WorkerCount { get; set; } = 4;

    /// <summary>Where ops reach the Hangfire dashboard.</summary>
    [Required]
    public string DashboardPath { get; set; } = "/ops/jobs";

    /// <summary>
    /// False keeps this node from running any job (no server, no recurring sweeps) whatever its role: test hosts,
    /// which run the work they are about explicitly.
    /// </summary>
    public bool ServerEnabled { get; set; } = true;

    public bool RunsServer => ServerEnabled && Role != JobsRole.Web;
}
