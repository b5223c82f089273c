namespace EmployerPortal.Benchmarks;

/// <summary>Where the cached inputs live (build/.cache/bench by default); set once by the program before anything runs.</summary>
public static class BenchPaths
{
    public static string Cache { get; set; } = Path.GetFullPath("build/.cache/bench");

    /// <summary>The generated results database of <paramref name="rows"/> results (made by build/bench.sh).</summary>
    public static string ResultsDatabase(int rows) => Path.Combine(Cache, $"results-{rows}.db");

    /// <summary>A scratch folder, emptied.</summary>
    public static string Scratch(string name)
    {
        var path = Path.Combine(Cache, "scratch", name);
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        Directory.CreateDirectory(path);
        return path;
    }
}
