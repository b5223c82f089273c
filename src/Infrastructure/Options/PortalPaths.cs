namespace EmployerPortal.Infrastructure.Options;

/// <summary>Absolute paths derived from <see cref="PortalOptions.DataDirectory"/>.</summary>
public sealed class PortalPaths
{
    public PortalPaths(string contentRoot, string dataDirectory)
    {
        DataDirectory = Path.GetFullPath(Path.IsPathRooted(dataDirectory) ? dataDirectory : Path.Combine(contentRoot, dataDirectory));
        Directory.CreateDirectory(DataDirectory);
    }

    public string DataDirectory { get; }

    public string Combine(params string[] parts) => Path.Combine([DataDirectory, .. parts]);
}
