using System.Diagnostics;
using Hangfire.Common;
using Hangfire.Server;

namespace EmployerPortal.Infrastructure.Telemetry;

/// <summary>
/// A span and the run metrics around every background job this server performs: named by the job's class and method,
/// tagged with the job id and outcome, never with the job's arguments. Given to the server through its filter provider
/// (<see cref="Providers"/>), not Hangfire's static global filters, so several hosts in one process each count their own runs.
/// </summary>
public sealed class JobTelemetryFilter : IServerFilter
{
    private const string ActivityKey = "portal.telemetry.activity";
    private const string StartedKey = "portal.telemetry.started";

    /// <summary>Hangfire's usual filter providers (the jobs' own attributes, the global filters) plus this filter.</summary>
    public static IJobFilterProvider Providers()
    {
        var own = new JobFilterCollection { new JobTelemetryFilter() };
        return new JobFilterProviderCollection(JobFilterProviders.Providers, own);
    }

    public static string JobName(Job job) => $"{job.Type.Name}.{job.Method.Name}";

    public void OnPerforming(PerformingContext context)
    {
        var name = JobName(context.BackgroundJob.Job);
        var activity = PortalTelemetry.Source.StartActivity($"job {name}", ActivityKind.Internal);
        activity?.SetTag(PortalTelemetry.JobTag, name);
        activity?.SetTag("portal.job.id", context.BackgroundJob.Id);
        context.Items[ActivityKey] = activity;
        context.Items[StartedKey] = Stopwatch.GetTimestamp();
    }

    public void OnPerformed(PerformedContext context)
    {
        var name = JobName(context.BackgroundJob.Job);
        var outcome = context.Exception is null || context.ExceptionHandled ? "succeeded" : "failed";
        var tags = new TagList { { PortalTelemetry.JobTag, name }, { PortalTelemetry.OutcomeTag, outcome } };
        PortalTelemetry.JobRuns.Add(1, tags);
        if (context.Items.TryGetValue(StartedKey, out var started) && started is long timestamp)
        {
            PortalTelemetry.JobDuration.Record(Stopwatch.GetElapsedTime(timestamp).TotalSeconds, tags);
        }

        if (context.Items.TryGetValue(ActivityKey, out var item) && item is Activity activity)
        {
            activity.SetTag(PortalTelemetry.OutcomeTag, outcome);
            if (outcome == "failed")
            {
                // The exception's type only: a message could quote data.
                activity.SetStatus(ActivityStatusCode.Error, context.Exception!.GetType().Name);
            }

            activity.Stop();
        }
    }
}
