using EmployerPortal.Application.Common.Documents;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Results;
using EmployerPortal.DemoData;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace EmployerPortal.Web.FunctionalTests.Letters;

/// <summary>Visits arranged straight in the database (no domain events, so no job is triggered behind the test's back).</summary>
public static class VisitArrangements
{
    public static readonly Employee JoseMunoz = new("José", "Muñoz", new DateOnly(1985, 3, 2), "E-7731");

    public const string Clinic = "Riverside Occupational Health Clinic";

    public static async Task<VisitResultId> RegisterVisitAsync(
        this PortalFactory factory,
        VisitCategory category,
        DateTimeOffset scheduledAt,
        Action<VisitResult>? then = null,
        string accountNumber = "100200")
    {
        return await factory.WithDbAsync(async db =>
        {
            var company = await db.Companies.SingleAsync(c => c.AccountNumber == AccountNumber.From(accountNumber));
            var visit = VisitResult.Register(company.Id, $"V-{Guid.NewGuid():N}", JoseMunoz, category, Clinic, scheduledAt, null, factory.Clock.GetUtcNow());
            then?.Invoke(visit);
            db.VisitResults.Add(visit);
            await db.SaveChangesAsync();
            return visit.Id;
        });
    }

    public static Task ChangeVisitAsync(this PortalFactory factory, VisitResultId id, Action<VisitResult> change) =>
        factory.WithDbAsync(async db =>
        {
            var visit = await db.VisitResults.Include(v => v.Documents).SingleAsync(v => v.Id == id);
            change(visit);
            await db.SaveChangesAsync();
            return 0;
        });

    public static Task<VisitResult> VisitAsync(this PortalFactory factory, VisitResultId id) =>
        factory.WithDbAsync(db => db.VisitResults.AsNoTracking().Include(v => v.Documents).SingleAsync(v => v.Id == id));

    /// <summary>Gives the demo company a contact for each notice, so letters have someone to tell.</summary>
    public static Task SetContactsAsync(this PortalFactory factory, string accountNumber, params CompanyContact[] contacts) =>
        factory.WithDbAsync(async db =>
        {
            var company = await db.Companies.SingleAsync(c => c.AccountNumber == AccountNumber.From(accountNumber));
            company.UpdateAccountDetails(company.Address, company.Phone, company.SpecialInstructions, contacts);
            await db.SaveChangesAsync();
            return 0;
        });

    /// <summary>The document's text as PdfPig reads it, fetched through the portal's document store (hash checked).</summary>
    public static async Task<string> ReadPdfTextAsync(this PortalFactory factory, ResultDocument document)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await using var stream = await scope.ServiceProvider.GetRequiredService<IDocumentStore>()
            .OpenReadAsync(document.StorageKey, document.Sha256, CancellationToken.None);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(copy.ToArray());
        return string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    public static DemoCompany Acme => DemoDataSeeder.Acme;
}
