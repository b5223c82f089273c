using System.Security.Cryptography;
using EmployerPortal.Application.Common.Documents;
using EmployerPortal.Infrastructure.Documents;
using EmployerPortal.Infrastructure.Options;
using EmployerPortal.Infrastructure.Pdf;
using Microsoft.Extensions.Logging.Abstractions;

namespace EmployerPortal.Infrastructure.IntegrationTests.Results;

public sealed class FileSystemDocumentStoreTests : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "employer-portal-store-tests", Guid.NewGuid().ToString("N"));
    private readonly FileSystemDocumentStore _store;

    public FileSystemDocumentStoreTests() =>
        _store = new FileSystemDocumentStore(new PortalPaths(_dataDirectory, _dataDirectory), NullLogger<FileSystemDocumentStore>.Instance);

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);

    [Fact]
    public async Task A_document_is_stored_under_its_sha256_and_read_back_byte_identical()
    {
        var bytes = SamplePdf.Create("Fit Test Results", ["José Muñoz"]);

        var stored = await _store.SaveAsync(new MemoryStream(bytes), CancellationToken.None);

        stored.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(bytes)));
        stored.SizeBytes.ShouldBe(bytes.Length);
        stored.StorageKey.ShouldBe($"{stored.Sha256[..2]}/{stored.Sha256[2..4]}/{stored.Sha256}.pdf");
        File.Exists(Path.Combine(_dataDirectory, "documents", stored.Sha256[..2], stored.Sha256[2..4], $"{stored.Sha256}.pdf")).ShouldBeTrue();
        await using var read = await _store.OpenReadAsync(stored.StorageKey, stored.Sha256, CancellationToken.None);
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy);
        copy.ToArray().ShouldBe(bytes);
    }

    [Fact]
    public async Task The_same_bytes_are_stored_once_and_no_temporary_file_is_left()
    {
        var bytes = SamplePdf.Create("MEC DOT Card", ["Dana Whitfield"]);

        var first = await _store.SaveAsync(new MemoryStream(bytes), CancellationToken.None);
        var second = await _store.SaveAsync(new MemoryStream(bytes), CancellationToken.None);

        second.ShouldBe(first);
        Directory.GetFiles(Path.Combine(_dataDirectory, "documents"), "*.pdf", SearchOption.AllDirectories).Length.ShouldBe(1);
        Directory.GetFiles(Path.Combine(_dataDirectory, "documents", "tmp")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_file_corrupted_on_disk_is_detected_on_read_and_not_served()
    {
        var stored = await _store.SaveAsync(new MemoryStream(SamplePdf.Create("Respiratory Clearance", ["Lee Park"])), CancellationToken.None);
        var path = Path.Combine(_dataDirectory, "documents", stored.StorageKey);
        var onDisk = await File.ReadAllBytesAsync(path);
        onDisk[onDisk.Length / 2] ^= 0xFF;
        await File.WriteAllBytesAsync(path, onDisk);

        var failure = await Should.ThrowAsync<DocumentCorruptedException>(() => _store.OpenReadAsync(stored.StorageKey, stored.Sha256, CancellationToken.None));

        failure.StorageKey.ShouldBe(stored.StorageKey);
        failure.Message.ShouldContain("does not match its SHA-256");
    }

    [Fact]
    public async Task A_missing_file_is_reported_as_such()
    {
        var stored = await _store.SaveAsync(new MemoryStream(SamplePdf.Create("Alcohol Testing Form", ["Lee Park"])), CancellationToken.None);
        File.Delete(Path.Combine(_dataDirectory, "documents", stored.StorageKey));

        var failure = await Should.ThrowAsync<DocumentCorruptedException>(() => _store.OpenReadAsync(stored.StorageKey, stored.Sha256, CancellationToken.None));

        failure.Message.ShouldContain("missing");
    }

    [Fact]
    public async Task A_storage_key_that_leaves_the_document_folder_is_refused()
    {
        await Should.ThrowAsync<DocumentCorruptedException>(() =>
            _store.OpenReadAsync("../../portal.db", new string('a', 64), CancellationToken.None));
    }

    [Fact]
    public async Task Only_real_pdfs_pass_the_pdf_check()
    {
        var validator = new PdfSharpValidator(PdfStructureLimits.Default);

        (await validator.CheckAsync(new MemoryStream(SamplePdf.Create("Test", ["x"])), CancellationToken.None)).Verdict.ShouldBe(PdfVerdict.Accepted);
        (await validator.CheckAsync(new MemoryStream("%PDF-1.7 but not really a pdf"u8.ToArray()), CancellationToken.None)).Verdict.ShouldBe(PdfVerdict.NotPdf);
        (await validator.CheckAsync(new MemoryStream("hello"u8.ToArray()), CancellationToken.None)).Verdict.ShouldBe(PdfVerdict.NotPdf);
    }
}
