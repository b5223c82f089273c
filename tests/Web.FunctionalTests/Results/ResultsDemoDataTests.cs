using EmployerPortal.Domain.Results;
using EmployerPortal.DemoData;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Web.FunctionalTests.Results;

public sealed class ResultsDemoDataTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("Acme Logistics")]
    [InlineData("Globex Manufacturing")]
    public async Task Each_demo_company_has_visits_in_every_status_and_readable_results_of_several_types(string companyName)
    {
        var visits = await portal.WithDbAsync(async db =>
        {
            var company = await db.Companies.SingleAsync(c => c.Name == companyName);
            return await db.VisitResults.Include(v => v.Documents).Where(v => v.CompanyId == company.Id).ToListAsync();
        });

        visits.Select(v => v.Status).Distinct().Order().ShouldBe(Enum.GetValues<VisitStatus>());
        visits.SelectMany(v => v.Documents).Select(d => d.Type).Distinct().Count().ShouldBeGreaterThanOrEqualTo(8);
        var email = companyName == DemoDataSeeder.Acme.Name ? DemoDataSeeder.Acme.AdminEmail : DemoDataSeeder.Globex.AdminEmail;
        var client = await portal.SignedInClientAsync(email);
        var firstResult = ResultsPages.DocumentIds(await client.GetStringAsync("/Results?Outcome=Pass"))[0];
        var pdf = await client.GetByteArrayAsync($"/Results/Document/{firstResult}");
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        document.GetPage(1).Text.ShouldContain("Demo document");
    }
}
