using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace EmployerPortal.Infrastructure.Telemetry;

/// <summary>
/// The portal's own traces and metrics (the job runs and the email outbox); the host's OpenTelemetry setup listens to
/// <see cref="SourceName"/> and <see cref="MeterName"/>. Attributes carry job names, outcomes, counts and record ids only:
/// never a person's name, an email address, a subject or anything medical.
/// </summary>
public static class PortalTelemetry
{
    public const string SourceName = "EmployerPortal";
    public const string MeterName = "EmployerPortal";

    public static readonly ActivitySource Source = new(SourceName);
    public static readonly Meter Meter = new(MeterName);

    /// <summary>Background job runs by job and outcome (<c>succeeded</c> / <c>failed</c>).</summary>
    public static readonly Counter<long> JobRuns = Meter.CreateCounter<long>("portal.jobs.runs", "{run}", "Background job runs by job and outcome.");

    public static readonly Histogram<double> JobDuration = Meter.CreateHistogram<double>("portal.jobs.duration", "s", "How long background job runs took.");

    /// <summary>Outbox messages handed to the SMTP server.</summary>
    public static readonly Counter<long> EmailsSent = Meter.CreateCounter<long>("portal.email.outbox.sent", "{message}", "Outbox messages sent.");

    /// <summary>Failed send attempts, by outcome: <c>retry</c> (tried again later) or <c>gave_up</c> (marked failed).</summary>
    public static readonly Counter<long> EmailFailures = Meter.CreateCounter<long>("portal.email.outbox.failures", "{attempt}", "Failed outbox send attempts by outcome.");

    public static readonly Histogram<double> OutboxSweepDuration = Meter.CreateHistogram<double>("portal.email.outbox.sweep.duration", "s", "How long an outbox sweep took.");

    public const string JobTag = "portal.job";
    public const string OutcomeTag = "portal.outcome";
}
