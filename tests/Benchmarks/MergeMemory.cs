using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using EmployerPortal.Application.Common.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace EmployerPortal.Benchmarks;

/// <summary>
/// The peak memory of one 200-document merge, in a child process of its own so nothing else in it competes: after a
/// small warm-up merge and a full GC, the kernel's peak-RSS mark is reset (<c>/proc/self/clear_refs</c>), the merge
/// runs, and the peak resident set above the resident set just before is what the merge needed. The managed bytes
/// allocated during the merge are reported beside it.
/// </summary>
public static class MergeMemory
{
    public const string ChildCommand = "merge-memory";

    public sealed record Measurement(long BaselineRss, long PeakRss, bool PeakWasReset, long AllocatedBytes, long OutputBytes)
    {
        public long PeakAboveBaseline => PeakRss - BaselineRss;
    }

    public static async Task<int> RunChildAsync()
    {
        var data = BenchPaths.Scratch("merge-memory");
        await using var portal = PortalHost.Create(Path.Combine(data, "portal.db"), data);
        var inputs = await MergeInputs.CreateAsync(portal, data);
        await using (var warmUp = await MergeAsync(portal, inputs.Items.Take(3).ToList()))
        {
        }

        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var baseline = Status("VmRSS");
        var reset = TryResetPeak();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        long output;
        await using (var merged = await MergeAsync(portal, inputs.Items))
        {
            output = merged.Length;
        }

        var measurement = new Measurement(baseline, Status("VmHWM"), reset, GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore, output);
        Console.WriteLine(JsonSerializer.Serialize(measurement));
        return 0;
    }

    /// <summary>
    /// The gen0 budget (bytes) the second measurement gives the child's GC (<c>DOTNET_GCgen0size</c>): with the default
    /// budget — tens of MB on this machine — the peak resident set is mostly garbage the GC has not yet had a reason to
    /// collect, whatever the merge holds; with a small one it follows what the merge keeps alive.
    /// </summary>
    public const int SmallGen0Budget = 2 * 1024 * 1024;

    /// <summary>Runs the child (with the GC's default gen0 budget, or the given one) and reads its measurement.</summary>
    public static async Task<Measurement> MeasureAsync(int? gen0Budget = null)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (gen0Budget is { } budget)
        {
            start.Environment["DOTNET_GCgen0size"] = $"0x{budget:X}";
        }

        if (!Path.GetFileNameWithoutExtension(Environment.ProcessPath!).Equals("EmployerPortal.Benchmarks", StringComparison.Ordinal))
        {
            start.ArgumentList.Add(typeof(MergeMemory).Assembly.Location); // run as "dotnet EmployerPortal.Benchmarks.dll"
        }

        start.ArgumentList.Add(ChildCommand);
        start.ArgumentList.Add(BenchPaths.Cache);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var line = (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        if (process.ExitCode != 0 || line is null)
        {
            throw new InvalidOperationException($"merge-memory exited {process.ExitCode}: {await stderr}");
        }

        return JsonSerializer.Deserialize<Measurement>(line)!;
    }

    private static async Task<Stream> MergeAsync(PortalHost portal, IReadOnlyList<PdfMergeItem> items)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IPdfMerger>().MergeAsync(items, CancellationToken.None);
    }

    private static bool TryResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>A size from /proc/self/status, in bytes.</summary>
    private static long Status(string field)
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }
}
