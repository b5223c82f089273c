using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using EmployerPortal.Application.Common.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace EmployerPortal.Benchmarks;

/// <summary>
/// One merged download of 200 three-page result PDFs: the portal's merger (PDFsharp, inputs read and hash-checked
/// through the document store, output to a temporary file) against Debian's qpdf on the same files
/// (<c>qpdf --empty --pages f1 … f200 -- out.pdf</c>, including its process start).
/// </summary>
public class MergeBenchmarks
{
    private PortalHost _portal = null!;
    private MergeInputs _inputs = null!;
    private string _output = null!;

    [GlobalSetup]
    public void Setup()
    {
        var data = BenchPaths.Scratch("merge");
        _portal = PortalHost.Create(Path.Combine(data, "portal.db"), data);
        _inputs = MergeInputs.CreateAsync(_portal, data).GetAwaiter().GetResult();
        _output = Path.Combine(data, "qpdf-out.pdf");
    }

    [GlobalCleanup]
    public void Cleanup() => _portal.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, Description = "qpdf")]
    public long Qpdf()
    {
        var start = new ProcessStartInfo("qpdf") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in (string[])["--empty", "--pages", .. _inputs.Files, "--", _output])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"qpdf failed: {process.StandardError.ReadToEnd()}");
        }

        return new FileInfo(_output).Length;
    }

    [Benchmark(Description = "portal merge")]
    public async Task<long> PortalMerge()
    {
        await using var scope = _portal.Services.CreateAsyncScope();
        await using var merged = await scope.ServiceProvider.GetRequiredService<IPdfMerger>().MergeAsync(_inputs.Items, CancellationToken.None);
        return merged.Length;
    }
}
