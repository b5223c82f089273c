using System.Globalization;
using System.Text;
using BenchmarkDotNet.Reports;

namespace EmployerPortal.Benchmarks;

/// <summary>The one table build/bench.sh prints: each row the portal against its reference, measured in the same run.</summary>
public sealed class ResultTable
{
    private readonly List<(string Benchmark, string Portal, string Reference, string Ratio, string Goal, string Notes)> _rows = [];

    public bool Failed { get; private set; }

    public void Add(string benchmark, string portal, string reference, double ratio, string notes, string? goal = null) =>
        _rows.Add((benchmark, portal, reference, Ratio(ratio), goal ?? Goal(benchmark, ratio), notes));

    /// <summary>The goal of issue 18 for a row's ratio (portal / reference), and whether this run met it.</summary>
    private static string Goal(string benchmark, double ratio)
    {
        double? most = benchmark switch
        {
            _ when benchmark.StartsWith("Results search", StringComparison.Ordinal) => 1.3,
            _ when benchmark.StartsWith("Merged download, peak memory", StringComparison.Ordinal) => 1.0,
            _ when benchmark.StartsWith("No-show letters", StringComparison.Ordinal) => 1.3,
            _ when benchmark.StartsWith("Cold start", StringComparison.Ordinal) => 2.0,
            _ => null,
        };
        return most is { } goal ? Verdict(ratio, goal) : "–";
    }

    private static string Verdict(double ratio, double goal) =>
        ratio <= goal
            ? string.Create(CultureInfo.InvariantCulture, $"≤ {goal:N1}: met")
            : string.Create(CultureInfo.InvariantCulture, $"≤ {goal:N1}: missed by {ratio / goal:N2}×");

    public void AddFailure(string benchmark, string reason)
    {
        Failed = true;
        _rows.Add((benchmark, "failed", "failed", "–", "–", reason));
    }

    /// <summary>Rows of the search: per search and size, the portal's median against the hand-written SQL's, and the growth over 10k rows.</summary>
    public void AddSearch(Summary summary)
    {
        var reports = summary.Reports.Where(r => r.ResultStatistics is not null).ToList();
        foreach (var search in new[] { "newest", "name" })
        {
            double? smallest = null;
            foreach (var rows in new[] { 10_000, 100_000, 1_000_000 })
            {
                var name = $"Results search \"{(search == "name" ? "name Muñoz" : "newest first")}\", {rows:N0} rows";
                var pair = reports.Where(r => Param(r, "Rows") == rows.ToString(CultureInfo.InvariantCulture) && Param(r, "Search") == search).ToList();
                var portal = pair.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == nameof(ResultsSearchBenchmarks.PortalQuery));
                var reference = pair.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == nameof(ResultsSearchBenchmarks.HandWrittenSql));
                if (portal is null || reference is null)
                {
                    AddFailure(name, "BenchmarkDotNet reported no result (see build/.cache/bench/bdn)");
                    continue;
                }

                var portalTime = portal.ResultStatistics!.Median;
                smallest ??= portalTime;
                var ratio = portalTime / reference.ResultStatistics!.Median;
                var growth = portalTime / smallest.Value;
                Add(
                    name,
                    Time(portalTime),
                    Time(reference.ResultStatistics.Median),
                    ratio,
                    $"portal {growth:N1}× its 10k time; largest company holds 20% of rows",
                    rows == 1_000_000 && search == "name"
                        ? $"{Goal(name, ratio)}; growth {Verdict(growth, 3.0)}"
                        : Goal(name, ratio));
            }
        }
    }

    public void AddMerge(Summary summary)
    {
        const string name = "Merged download, 200 PDFs × 3 pages";
        var portal = summary.Reports.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == nameof(MergeBenchmarks.PortalMerge));
        var reference = summary.Reports.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == nameof(MergeBenchmarks.Qpdf));
        if (portal?.ResultStatistics is null || reference?.ResultStatistics is null)
        {
            AddFailure(name, "BenchmarkDotNet reported no result (see build/.cache/bench/bdn)");
            return;
        }

        Add(
            name,
            Time(portal.ResultStatistics.Median),
            Time(reference.ResultStatistics.Median),
            portal.ResultStatistics.Median / reference.ResultStatistics.Median,
            "reference: `qpdf --empty --pages … --` (Debian qpdf, process start included); portal: PDFsharp merger reading through the hash-checking document store");
    }

    public void AddMergeMemory(MergeMemory.Measurement memory, int? gen0Budget) =>
        Add(
            gen0Budget is { } budget
                ? string.Create(CultureInfo.InvariantCulture, $"Merged download, peak memory vs output size, GC gen0 budget {budget / (1024 * 1024)} MiB")
                : "Merged download, peak memory vs output size, GC defaults",
            Bytes(memory.PeakAboveBaseline),
            Bytes(memory.OutputBytes),
            (double)memory.PeakAboveBaseline / memory.OutputBytes,
            string.Create(CultureInfo.InvariantCulture,
                $"portal: peak RSS during the merge above RSS before it ({(memory.PeakWasReset ? "peak mark reset via /proc/self/clear_refs" : "peak mark NOT reset: upper bound")}), own process{(gen0Budget is null ? " with the GC's default gen0 budget (garbage not yet collected counts)" : " run with `DOTNET_GCgen0size`, so the resident set follows what the merge keeps alive")}; {Bytes(memory.AllocatedBytes)} managed bytes allocated; reference: merged file size"));

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("| benchmark | portal | reference | ratio (portal / reference) | goal (issue 18) | notes |");
        text.AppendLine("|---|---:|---:|---:|---|---|");
        foreach (var row in _rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {row.Benchmark} | {row.Portal} | {row.Reference} | {row.Ratio} | {row.Goal} | {row.Notes} |");
        }

        return text.ToString();
    }

    /// <summary>Nanoseconds as a readable duration.</summary>
    public static string Time(double nanoseconds) => nanoseconds switch
    {
        >= 1e9 => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1e9:N2} s"),
        >= 1e6 => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1e6:N2} ms"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1e3:N1} µs"),
    };

    public static string Bytes(double bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024):N1} MiB");

    private static string Ratio(double ratio) => string.Create(CultureInfo.InvariantCulture, $"{ratio:N2}");

    private static string? Param(BenchmarkReport report, string name) =>
        report.BenchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == name)?.Value?.ToString();
}
