using System.Collections.Concurrent;
using System.Security.Cryptography;
using EmployerPortal.Application.Common.Documents;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EmployerPortal.Web.FunctionalTests.Jobs;

/// <summary>
/// The portal with a stand-in for the document store, used only while that module
/// is not on this branch yet (TryAdd: the real ones win once they are registered).
/// </summary>
public class JobsPortalFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.TryAddSingleton<IDocumentStore, InMemoryDocumentStore>();
        });
    }

    private sealed class InMemoryDocumentStore : IDocumentStore
    {
        private readonly ConcurrentDictionary<string, byte[]> _documents = new(StringComparer.Ordinal);

        public async Task<StoredDocument> SaveAsync(Stream content, CancellationToken cancellationToken)
        {
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy, cancellationToken);
            var bytes = copy.ToArray();
            var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
            _documents[sha] = bytes;
            return new StoredDocument(sha, sha, bytes.Length);
        }

        public Task<Stream> OpenReadAsync(string storageKey, string expectedSha256, CancellationToken cancellationToken) =>
            _documents.TryGetValue(storageKey, out var bytes)
                ? Task.FromResult<Stream>(new MemoryStream(bytes))
                : throw new DocumentCorruptedException(storageKey, "missing");
    }
}
