using System.Net;
using System.Net.Http.Json;
using EmployerPortal.Application.Audit;
using EmployerPortal.Infrastructure.Pdf;
using EmployerPortal.DemoData;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace EmployerPortal.Web.FunctionalTests.Results;

public sealed class ResultDocumentsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private readonly OpsVisitsClient _ops = new(portal.OpsClient());

    [Fact]
    public async Task A_result_opens_inline_and_downloads_byte_identical_and_both_are_audited()
    {
        var visit = await _ops.RegisterVisitAsync(firstName: "José", lastName: "Muñoz");
        var pdf = SamplePdf.Create("Fit Test Results", ["José Muñoz"]);
        var upload = await _ops.UploadAsync(visit, OpsVisitsClient.Metadata("DOC-OPEN"), pdf);
        upload.EnsureSuccessStatusCode();
        var documentId = (await upload.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("documentId").GetGuid();
        var client = await portal.SignedInClientAsync(DemoDataSeeder.Acme.ViewerEmail!);

        var inline = await client.GetAsync($"/Results/Document/{documentId}");
        var download = await client.GetAsync($"/Results/Document/{documentId}?handler=Download");

        inline.StatusCode.ShouldBe(HttpStatusCode.OK);
        inline.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        inline.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("inline");
        (await inline.Content.ReadAsByteArrayAsync()).ShouldBe(pdf);
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        download.Content.Headers.ContentDisposition.FileNameStar.ShouldBe("Fit Test Results - Muñoz, José - 2026-03-02.pdf");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(pdf);
        var audited = await portal.WithDbAsync(db => db.AuditEntries.Where(a => a.TargetId == documentId.ToString()).Select(a => a.Action).ToListAsync());
        audited.ShouldBe([AuditActions.ResultViewed, AuditActions.ResultDownloaded], ignoreOrder: true);
    }

    [Fact]
    public async Task Another_companys_document_is_a_404_to_view_and_to_download_and_is_not_audited()
    {
        var globexDocument = await _ops.UploadDocumentAsync(await _ops.RegisterVisitAsync(accountNumber: "100300"));
        var acme = await portal.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        (await acme.GetAsync($"/Results/Document/{globexDocument}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await acme.GetAsync($"/Results/Document/{globexDocument}?handler=Download")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await acme.GetAsync($"/Results/Document/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await portal.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.TargetId == globexDocument.ToString()))).ShouldBe(0);
    }

    [Fact]
    public async Task A_merged_pdf_holds_every_page_in_the_order_chosen_with_a_bookmark_per_document()
    {
        var dana = await _ops.RegisterVisitAsync(firstName: "Dana", lastName: "Whitfield", scheduledAt: new DateTimeOffset(2026, 2, 3, 9, 0, 0, TimeSpan.Zero));
        var jose = await _ops.RegisterVisitAsync(firstName: "José", lastName: "Muñoz", scheduledAt: new DateTimeOffset(2026, 2, 4, 9, 0, 0, TimeSpan.Zero));
        var fit = await _ops.UploadDocumentAsync(dana, "FitTestResults", pages: 2, heading: "FIT-TEST");
        var dot = await _ops.UploadDocumentAsync(jose, "MecDotCard", pages: 1, heading: "DOT-CARD");
        var vaccine = await _ops.UploadDocumentAsync(dana, "VaccineAdministrationRecord", pages: 3, heading: "VACCINE");
        var client = await portal.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        var response = await ResultsPages.MergeAsync(client, [dot, vaccine, fit]);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        using var merged = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        merged.NumberOfPages.ShouldBe(1 + 3 + 2);
        Enumerable.Range(1, merged.NumberOfPages).Select(n => merged.GetPage(n).Text.Split("Sample")[0])
            .ShouldBe(["DOT-CARD", "VACCINE", "VACCINE", "VACCINE", "FIT-TEST", "FIT-TEST"]);
        merged.TryGetBookmarks(out var bookmarks).ShouldBeTrue();
        bookmarks.GetNodes().OfType<DocumentBookmarkNode>().Select(b => (b.Title, b.PageNumber)).ShouldBe(
        [
            ("Muñoz, José — MEC DOT Card — 2026-02-04", 1),
            ("Whitfield, Dana — Vaccine Administration Record — 2026-02-03", 2),
            ("Whitfield, Dana — Fit Test Results — 2026-02-03", 5),
        ]);
        (await portal.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.ResultDownloaded && a.Details == "merged" && a.TargetId == vaccine.ToString()))).ShouldBe(1);
    }

    [Fact]
    public async Task A_merge_that_names_another_companys_document_is_refused_whole()
    {
        var mine = await _ops.UploadDocumentAsync(await _ops.RegisterVisitAsync());
        var theirs = await _ops.UploadDocumentAsync(await _ops.RegisterVisitAsync(accountNumber: "100300"));
        var client = await portal.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        var response = await ResultsPages.MergeAsync(client, [mine, theirs]);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldNotBe("application/pdf");
        (await portal.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.TargetId == mine.ToString()))).ShouldBe(0);
    }

    [Fact]
    public async Task A_merge_of_more_than_200_documents_is_refused_with_a_clear_message()
    {
        var client = await portal.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        var response = await ResultsPages.MergeAsync(client, Enumerable.Range(0, 201).Select(_ => Guid.NewGuid()));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("data-testid=\"merge-error\"");
        html.ShouldContain("One merged PDF can hold at most 200 documents; you selected 201.");
    }

    [Fact]
    public async Task A_document_corrupted_on_disk_is_reported_and_never_served()
    {
        var pdf = SamplePdf.Create("Corrupt me " + Guid.NewGuid(), ["x"]);
        var visit = await _ops.RegisterVisitAsync();
        var upload = await _ops.UploadAsync(visit, OpsVisitsClient.Metadata("DOC-CORRUPT"), pdf);
        var added = await upload.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        var sha = added.GetProperty("sha256").GetString()!;
        var path = Path.Combine(portal.DataDirectory, "documents", sha[..2], sha[2..4], $"{sha}.pdf");
        await File.WriteAllBytesAsync(path, [.. pdf.Take(pdf.Length - 10)]);
        var client = await portal.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        var response = await client.GetAsync($"/Results/Document/{added.GetProperty("documentId").GetGuid()}?handler=Download");

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await response.Content.ReadAsStringAsync()).ShouldContain("failed its integrity check");
    }

    [Fact]
    public async Task The_employee_view_lists_every_visit_of_that_employee_and_downloads_them_all()
    {
        var employeeId = "EV-" + Guid.NewGuid().ToString("N")[..8];
        var first = await _ops.RegisterVisitAsync(employeeId: employeeId, scheduledAt: new DateTimeOffset(2025, 5, 1, 9, 0, 0, TimeSpan.Zero));
        var second = await _ops.RegisterVisitAsync(employeeId: employeeId, scheduledAt: new DateTimeOffset(2025, 9, 1, 9, 0, 0, TimeSpan.Zero));
        await _ops.RegisterVisitAsync(employeeId: employeeId + "X");
        await _ops.UploadDocumentAsync(first, pages: 2);
        await _ops.UploadDocumentAsync(second, "MecDotCard", pages: 1);
        var client = await portal.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var results = await client.GetStringAsync($"/Results?EmployeeId={employeeId}");
        var visitId = ResultsPages.VisitIdOf(results, ResultsPages.DocumentIds(results)[0]);

        var page = await client.GetStringAsync($"/Results/Employee/{visitId}");
        var all = await PortalFactory.PostFormAsync(client, $"/Results/Employee/{visitId}?handler=DownloadAll", new Dictionary<string, string>(), $"/Results/Employee/{visitId}");

        System.Text.RegularExpressions.Regex.Matches(page, "data-testid=\"employee-visit\"").Count.ShouldBe(2);
        System.Text.RegularExpressions.Regex.Matches(page, "data-testid=\"employee-document\"").Count.ShouldBe(2);
        all.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var merged = PdfDocument.Open(await all.Content.ReadAsByteArrayAsync());
        merged.NumberOfPages.ShouldBe(3);
    }

    [Fact]
    public async Task Another_companys_employee_is_a_404()
    {
        var employeeId = "G-" + Guid.NewGuid().ToString("N")[..8];
        var globexVisit = await _ops.RegisterVisitAsync(accountNumber: "100300", employeeId: employeeId);
        await _ops.UploadDocumentAsync(globexVisit);
        var globex = await portal.SignedInClientAsync(DemoDataSeeder.Globex.AdminEmail);
        var globexResults = await globex.GetStringAsync($"/Results?EmployeeId={employeeId}");
        var visitId = ResultsPages.VisitIdOf(globexResults, ResultsPages.DocumentIds(globexResults)[0]);
        var acme = await portal.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        (await globex.GetAsync($"/Results/Employee/{visitId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await acme.GetAsync($"/Results/Employee/{visitId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await PortalFactory.PostFormAsync(acme, $"/Results/Employee/{visitId}?handler=DownloadAll", new Dictionary<string, string>(), "/Results"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
