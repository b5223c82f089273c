using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace EmployerPortal.Benchmarks;

/// <summary>
/// From <c>dotnet run --no-build -c Release</c> to the first 200: the portal (Production, a fresh data folder, so the
/// time includes creating and migrating its SQLite database; polled on /health/live) against an empty ASP.NET Core
/// app (tests/Benchmarks/EmptyWeb, polled on /). Alternating runs, the median of each.
/// </summary>
public static class ColdStart
{
    private const int Rounds = 3;

    public static async Task RunAsync(ResultTable table, string repository)
    {
        var portal = new List<TimeSpan>();
        var empty = new List<TimeSpan>();
        for (var round = 0; round < Rounds; round++)
        {
            portal.Add(await TimeToFirst200Async(Path.Combine(repository, "src", "Web"), "/health/live", BenchPaths.Scratch("start-portal")));
            empty.Add(await TimeToFirst200Async(Path.Combine(repository, "tests", "Benchmarks", "EmptyWeb"), "/", BenchPaths.Scratch("start-empty")));
        }

        var portalMedian = Median(portal);
        var emptyMedian = Median(empty);
        table.Add(
            "Cold start, `dotnet run` (Release) to first 200",
            Seconds(portalMedian),
            Seconds(emptyMedian),
            portalMedian / emptyMedian,
            string.Create(CultureInfo.InvariantCulture,
                $"median of {Rounds} alternating runs; reference: empty ASP.NET Core app; portal runs: {string.Join(", ", portal.Select(Seconds))} (fresh data folder: creates its database)"));
    }

    private static async Task<TimeSpan> TimeToFirst200Async(string project, string path, string dataDirectory)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = dataDirectory };
        foreach (var argument in (string[])["run", "--no-build", "-c", "Release", "--no-launch-profile", "--project", project, "--", "--urls", $"http://127.0.0.1:{port}"])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Portal__DataDirectory"] = dataDirectory;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var url = new Uri($"http://127.0.0.1:{port}{path}");
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (watch.Elapsed < TimeSpan.FromSeconds(90))
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"{Path.GetFileName(project)} exited with {process.ExitCode} before answering");
                }

                try
                {
                    using var response = await client.GetAsync(url);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        return watch.Elapsed;
                    }
                }
                catch (HttpRequestException)
                {
                }
                catch (TaskCanceledException)
                {
                }

                await Task.Delay(20);
            }

            throw new TimeoutException($"{Path.GetFileName(project)} did not answer 200 on {path} within 90 s");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync();
        }
    }

    private static TimeSpan Median(List<TimeSpan> times) => times.Order().ElementAt(times.Count / 2);

    private static string Seconds(TimeSpan time) => string.Create(CultureInfo.InvariantCulture, $"{time.TotalSeconds:N2} s");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
