using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace EmployerPortal.Benchmarks;

/// <summary>
/// <c>EmployerPortal.Benchmarks [--cache DIR] [--out TABLE.md] [--only search,merge,letters,start]</c>: runs the portal
/// against its references side by side and writes one markdown table (build/bench.sh prints it). BenchmarkDotNet runs
/// in-process with short jobs (the machine has two cores and a 15-minute budget); its full reports go to DIR/bdn.
/// <c>merge-memory DIR</c> is the child process that measures the merge's peak memory on its own.
/// </summary>
public static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        var options = args.Chunk(2).Where(p => p.Length == 2 && p[0].StartsWith("--", StringComparison.Ordinal))
            .ToDictionary(p => p[0][2..], p => p[1], StringComparer.OrdinalIgnoreCase);
        if (args.Length is 2 or 3 && args[0] == RosterImportBench.Command)
        {
            return await RosterImportBench.RunAsync(args[1], args.Length == 3 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10_000);
        }

        if (args.Length == 2 && args[0] == MergeMemory.ChildCommand)
        {
            BenchPaths.Cache = Path.GetFullPath(args[1]);
            return await MergeMemory.RunChildAsync();
        }

        BenchPaths.Cache = Path.GetFullPath(options.GetValueOrDefault("cache", "build/.cache/bench"));
        var output = Path.GetFullPath(options.GetValueOrDefault("out", Path.Combine(BenchPaths.Cache, "table.md")));
        var only = options.TryGetValue("only", out var list) ? list.Split(',') : ["search", "merge", "letters", "start"];
        var table = new ResultTable();

        if (only.Contains("search"))
        {
            Progress("results search (BenchmarkDotNet)");
            table.AddSearch(BenchmarkRunner.Run<ResultsSearchBenchmarks>(Config(Job.Default
                .WithWarmupCount(6).WithIterationCount(7).WithIterationTime(TimeInterval.FromMilliseconds(250)))));
        }

        if (only.Contains("merge"))
        {
            Progress("merged download vs qpdf (BenchmarkDotNet)");
            table.AddMerge(BenchmarkRunner.Run<MergeBenchmarks>(Config(Job.Default
                .WithWarmupCount(1).WithIterationCount(5).WithInvocationCount(1).WithUnrollFactor(1))));
            Progress("merge peak memory (child process)");
            await Guard(table, "Merged download, peak memory", async () => table.AddMergeMemory(await MergeMemory.MeasureAsync(), gen0Budget: null));
            await Guard(table, "Merged download, peak memory (small gen0 budget)", async () =>
                table.AddMergeMemory(await MergeMemory.MeasureAsync(MergeMemory.SmallGen0Budget), MergeMemory.SmallGen0Budget));
        }

        if (only.Contains("letters"))
        {
            Progress("no-show letters: job vs bare rendering");
            await Guard(table, "No-show letters, 10,000", () => LetterBenchmark.RunAsync(table));
        }

        if (only.Contains("start"))
        {
            Progress("cold start: portal vs empty app");
            var repository = Path.GetFullPath(options.GetValueOrDefault("repo", "."));
            await Guard(table, "Cold start", () => ColdStart.RunAsync(table, repository));
        }

        await File.WriteAllTextAsync(output, table.ToMarkdown());
        Progress($"table written to {output}");
        return table.Failed ? 1 : 0;
    }

    /// <summary>A measurement that fails becomes a failed row (and a non-zero exit), not a lost table.</summary>
    private static async Task Guard(ResultTable table, string benchmark, Func<Task> measure)
    {
        try
        {
            await measure();
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException or TimeoutException or HttpRequestException)
        {
            await Console.Error.WriteLineAsync($"{benchmark} failed: {exception}");
            table.AddFailure(benchmark, exception.Message.ReplaceLineEndings(" "));
        }
    }

    public static void Progress(string message) =>
        Console.WriteLine($"[{DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture)}] {message}");

    /// <summary>In-process (no extra build), one launch, reports and logs into the cache folder rather than the console.</summary>
    private static ManualConfig Config(Job job)
    {
        var artifacts = Path.Combine(BenchPaths.Cache, "bdn");
        Directory.CreateDirectory(artifacts);
        var config = ManualConfig.CreateEmpty()
            .AddJob(job.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithStrategy(RunStrategy.Throughput))
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddExporter(CsvExporter.Default)
            .AddLogger(new StreamLogger(Path.Combine(artifacts, "benchmarkdotnet.log"), append: true))
            .WithArtifactsPath(artifacts)
            .WithOptions(ConfigOptions.DisableLogFile | ConfigOptions.JoinSummary);
        config.SummaryStyle = SummaryStyle.Default.WithRatioStyle(RatioStyle.Value);
        return config;
    }
}
