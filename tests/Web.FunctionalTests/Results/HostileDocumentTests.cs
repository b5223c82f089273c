using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EmployerPortal.Application.Common.Documents;
using EmployerPortal.Domain.Results;
using EmployerPortal.Infrastructure.Pdf;
using EmployerPortal.Tests.Pdf;
using EmployerPortal.DemoData;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace EmployerPortal.Web.FunctionalTests.Results;

/// <summary>
/// Issue 13: hostile PDFs sent through the ops API over real HTTP are refused before they are stored (422 with a
/// reason), the process survives every one of them, and a clean PDF still uploads and merges after them. A hostile
/// document stored before the check existed fails its merge with a message, not with the process.
/// </summary>
public sealed class HostileDocumentTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private readonly OpsVisitsClient _ops = new(portal.OpsClient());

    public static TheoryData<string, string> Hostile() => new()
    {
        { nameof(HostilePdfs.SelfReferencingKids), "the page tree refers to itself" },
        { nameof(HostilePdfs.PageTreeLoop), "the page tree refers to itself" },
        { nameof(HostilePdfs.DeeplyNestedArray), "it nests arrays or dictionaries deeper than 64" },
        { nameof(HostilePdfs.DeflateBomb), "its streams inflate past 64 MB" },
        { nameof(HostilePdfs.OpenActionJavaScript), "it contains JavaScript (/JavaScript)" },
        { nameof(HostilePdfs.EscapedJavaScriptName), "it contains JavaScript" },
        { nameof(HostilePdfs.JavaScriptInObjectStream), "it contains JavaScript" },
        { nameof(HostilePdfs.LaunchAction), "it contains a Launch action" },
        { nameof(HostilePdfs.EmbeddedFiles), "it contains embedded files (/EmbeddedFiles)" },
        { nameof(HostilePdfs.SubmitForm), "it contains a form that submits data (/SubmitForm)" },
        { nameof(HostilePdfs.ManyPages), "it has more than 2,000 pages" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task A_hostile_pdf_is_refused_with_422_and_its_reason_and_nothing_is_stored(string file, string reason)
    {
        var visit = await _ops.RegisterVisitAsync();
        var documentsBefore = StoredFiles();

        var response = await _ops.UploadAsync(visit, OpsVisitsClient.Metadata("HOSTILE-" + file), Make(file));

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("status").GetInt32().ShouldBe(422);
        problem.GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain($"The PDF is refused because {reason}");
        (await portal.WithDbAsync(db => db.VisitResults.Where(v => v.ExternalVisitId == visit).SelectMany(v => v.Documents).CountAsync())).ShouldBe(0);
        StoredFiles().ShouldBe(documentsBefore);
        (await portal.CreateClient().GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Not_a_pdf_is_still_415()
    {
        var visit = await _ops.RegisterVisitAsync();

        var response = await _ops.UploadAsync(visit, OpsVisitsClient.Metadata("NOT-A-PDF"), "GIF89a not a pdf"u8.ToArray());

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task After_every_hostile_upload_a_clean_pdf_still_uploads_and_merges()
    {
        var visit = await _ops.RegisterVisitAsync(employeeId: "E-HOSTILE-" + Guid.NewGuid().ToString("N")[..6]);
        foreach (var file in Hostile().Select(row => (string)row[0]))
        {
            (await _ops.UploadAsync(visit, OpsVisitsClient.Metadata("H-" + file), Make(file))).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        }

        var first = await _ops.UploadDocumentAsync(visit, pages: 2);
        var second = await _ops.UploadDocumentAsync(visit, "MecDotCard");
        var client = await portal.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        var merged = await ResultsPages.MergeAsync(client, [first, second]);

        merged.StatusCode.ShouldBe(HttpStatusCode.OK);
        merged.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var bytes = await merged.Content.ReadAsByteArrayAsync();
        using var read = PdfDocument.Open(bytes);
        read.NumberOfPages.ShouldBe(3);
        PdfStructureCheck.Check(bytes, PdfStructureLimits.Default).Passed.ShouldBeTrue("nothing the portal produces carries active content");
    }

    [Theory]
    [InlineData(nameof(HostilePdfs.SelfReferencingKids), "the page tree refers to itself")]
    [InlineData(nameof(HostilePdfs.OpenActionJavaScript), "it contains JavaScript")]
    public async Task A_hostile_document_stored_before_the_check_fails_its_merge_with_a_message_and_the_process_lives(string file, string reason)
    {
        var visit = await _ops.RegisterVisitAsync();
        var clean = await _ops.UploadDocumentAsync(visit);
        var hostile = await StoreBypassingTheCheckAsync(visit, Make(file));
        var client = await portal.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        var response = await ResultsPages.MergeAsync(client, [clean, hostile]);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("data-testid=\"merge-error\"");
        html.ShouldContain("cannot be included in a merged PDF because " + reason);
        (await portal.CreateClient().GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ResultsPages.MergeAsync(client, [clean])).Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
    }

    [Fact]
    public async Task A_merge_past_the_page_limit_is_refused_with_a_message()
    {
        var visit = await _ops.RegisterVisitAsync();
        var documents = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            var response = await _ops.UploadAsync(visit, OpsVisitsClient.Metadata($"BIG-{i}-{Guid.NewGuid():N}"), HostilePdfs.ManyPages(1_900));
            response.StatusCode.ShouldBe(HttpStatusCode.Created);
            documents.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("documentId").GetGuid());
        }

        var client = await portal.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        var merged = await ResultsPages.MergeAsync(client, documents);

        merged.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        System.Net.WebUtility.HtmlDecode(await merged.Content.ReadAsStringAsync())
            .ShouldContain("The selected documents have more than 10,000 pages together");
    }

    private static byte[] Make(string name) => name switch
    {
        nameof(HostilePdfs.SelfReferencingKids) => HostilePdfs.SelfReferencingKids(),
        nameof(HostilePdfs.PageTreeLoop) => HostilePdfs.PageTreeLoop(),
        nameof(HostilePdfs.DeeplyNestedArray) => HostilePdfs.DeeplyNestedArray(),
        nameof(HostilePdfs.DeflateBomb) => HostilePdfs.DeflateBomb(),
        nameof(HostilePdfs.OpenActionJavaScript) => HostilePdfs.OpenActionJavaScript(),
        nameof(HostilePdfs.EscapedJavaScriptName) => HostilePdfs.EscapedJavaScriptName(),
        nameof(HostilePdfs.JavaScriptInObjectStream) => HostilePdfs.JavaScriptInObjectStream(),
        nameof(HostilePdfs.LaunchAction) => HostilePdfs.LaunchAction(),
        nameof(HostilePdfs.EmbeddedFiles) => HostilePdfs.EmbeddedFiles(),
        nameof(HostilePdfs.SubmitForm) => HostilePdfs.SubmitForm(),
        nameof(HostilePdfs.ManyPages) => HostilePdfs.ManyPages(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private string[] StoredFiles()
    {
        var documents = Path.Combine(portal.DataDirectory, "documents");
        return Directory.Exists(documents) ? [.. Directory.EnumerateFiles(documents, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)] : [];
    }

    /// <summary>Files a document the way the portal did before the structural check: straight into the store and the visit.</summary>
    private async Task<Guid> StoreBypassingTheCheckAsync(string externalVisitId, byte[] pdf)
    {
        var stored = await portal.Services.GetRequiredService<IDocumentStore>().SaveAsync(new MemoryStream(pdf), CancellationToken.None);
        var externalDocumentId = "LEGACY-" + Guid.NewGuid().ToString("N");
        return await portal.WithDbAsync(async db =>
        {
            var visit = await db.VisitResults.Include(v => v.Documents).SingleAsync(v => v.ExternalVisitId == externalVisitId);
            visit.AddDocument(externalDocumentId, ResultType.FitTestResults, "Legacy upload", ResultOutcome.Pass, stored.StorageKey, stored.Sha256, stored.SizeBytes, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
            return visit.FindDocument(externalDocumentId)!.Id.Value;
        });
    }
}
