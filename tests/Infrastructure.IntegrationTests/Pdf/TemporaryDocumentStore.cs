using EmployerPortal.Infrastructure.Documents;
using EmployerPortal.Infrastructure.Options;
using Microsoft.Extensions.Logging.Abstractions;

namespace EmployerPortal.Infrastructure.IntegrationTests.Pdf;

/// <summary>The real hash-checking document store over a data folder of its own, deleted with it; for the merger's tests.</summary>
internal sealed class TemporaryDocumentStore : IDisposable
{
    public TemporaryDocumentStore()
    {
        Directory = Path.Combine(Path.GetTempPath(), "employer-portal-pdf-tests", Guid.NewGuid().ToString("N"));
        Paths = new PortalPaths(Directory, Directory);
        Store = new FileSystemDocumentStore(Paths, NullLogger<FileSystemDocumentStore>.Instance);
    }

    public string Directory { get; }

    public PortalPaths Paths { get; }

    public FileSystemDocumentStore Store { get; }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
