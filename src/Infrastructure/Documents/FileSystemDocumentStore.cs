using System.Security.Cryptography;
using System.Text.RegularExpressions;
using EmployerPortal.Application.Common.Documents;
using EmployerPortal.Infrastructure.Options;
using Microsoft.Extensions.Logging;

namespace EmployerPortal.Infrastructure.Documents;

/// <summary>
/// Documents as files under <c>&lt;data&gt;/documents/ab/cd/&lt;sha256&gt;.pdf</c>, named by the SHA-256 of their bytes:
/// the same bytes are stored once. A write goes to a temporary file that is flushed to disk and then renamed into
/// place, so a crash never leaves a half-written document under its final name. Every read hashes the file first
/// and refuses to serve it when it is missing or its hash differs.
/// </summary>
internal sealed partial class FileSystemDocumentStore(PortalPaths paths, ILogger<FileSystemDocumentStore> logger) : IDocumentStore
{
    private const int BufferSize = 81_920;

    private string Root => paths.Combine("documents");

    public async Task<StoredDocument> SaveAsync(Stream content, CancellationToken cancellationToken)
    {
        var temporaryDirectory = Path.Combine(Root, "tmp");
        Directory.CreateDirectory(temporaryDirectory);
        var temporaryPath = Path.Combine(temporaryDirectory, $"{Guid.NewGuid():N}.tmp");
        try
        {
            string sha256;
            long size;
            await using (var file = new FileStream(temporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
            {
                (sha256, size) = await CopyHashingAsync(content, file, cancellationToken);
                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
            }

            var storageKey = StorageKeyFor(sha256);
            var finalPath = PathOf(storageKey);
            if (File.Exists(finalPath) && await HashOfAsync(finalPath, cancellationToken) == sha256)
            {
                return new StoredDocument(storageKey, sha256, size);
            }

            Directory.CreateDirectory(Path.GetDirectoryName(finalPath)!);
            File.Move(temporaryPath, finalPath, overwrite: true);
            return new StoredDocument(storageKey, sha256, size);
        }
        finally
        {
            File.Delete(temporaryPath);
        }
    }

    public async Task<Stream> OpenReadAsync(string storageKey, string expectedSha256, CancellationToken cancellationToken)
    {
        if (!StorageKeyPattern().IsMatch(storageKey))
        {
            throw Corrupted(storageKey, "the storage key is malformed");
        }

        var path = PathOf(storageKey);
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw Corrupted(storageKey, "the file is missing");
        }

        try
        {
            var actual = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken));
            if (!string.Equals(actual, expectedSha256, StringComparison.OrdinalIgnoreCase))
            {
                throw Corrupted(storageKey, "its content does not match its SHA-256");
            }

            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    public static string StorageKeyFor(string sha256) => $"{sha256[..2]}/{sha256[2..4]}/{sha256}.pdf";

    private string PathOf(string storageKey) => Path.Combine(Root, storageKey.Replace('/', Path.DirectorySeparatorChar));

    private DocumentCorruptedException Corrupted(string storageKey, string reason)
    {
        LogCorrupted(logger, storageKey, reason);
        return new DocumentCorruptedException(storageKey, reason);
    }

    private static async Task<(string Sha256, long Size)> CopyHashingAsync(Stream source, Stream destination, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[BufferSize];
        long size = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            size += read;
        }

        return (Convert.ToHexStringLower(hash.GetHashAndReset()), size);
    }

    private static async Task<string> HashOfAsync(string path, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken));
    }

    [GeneratedRegex("^[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64}\\.pdf$")]
    private static partial Regex StorageKeyPattern();

    [LoggerMessage(Level = LogLevel.Error, Message = "Document {StorageKey} cannot be served: {Reason}")]
    private static partial void LogCorrupted(ILogger logger, string storageKey, string reason);
}
