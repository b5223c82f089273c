using EmployerPortal.Web.FunctionalTests.Infrastructure;
using EmployerPortal.Application.Letters;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Results;
using EmployerPortal.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace EmployerPortal.Web.FunctionalTests.Letters;

public sealed class NoShowLetterTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task SweepAsync() => factory.Services.GetRequiredService<NoShowLetterJob>().RunAsync(CancellationToken.None);

    private async Task<VisitResultId> NoShowVisitAsync(DateTimeOffset scheduledAt) =>
        await factory.RegisterVisitAsync(VisitCategory.NonInjury, scheduledAt, v => v.ChangeStatus(VisitStatus.NoShow, scheduledAt.AddMinutes(30)));

    [Fact]
    public async Task The_no_show_letter_names_the_employee_the_appointment_and_the_clinic()
    {
        var scheduledAt = new DateTimeOffset(2026, 3, 9, 14, 30, 0, TimeSpan.Zero);
        var visitId = await NoShowVisitAsync(scheduledAt);

        await SweepAsync();

        var visit = await factory.VisitAsync(visitId);
        var letter = visit.Documents.ShouldHaveSingleItem();
        letter.Type.ShouldBe(ResultType.EmployeeNoShowLetter);
        letter.Title.ShouldBe("Employee No Show Letter");
        visit.HasLetter(LetterKind.NoShow, GeneratedLetter.NoShowKey).ShouldBeTrue();
        var text = await factory.ReadPdfTextAsync(letter);
        text.ShouldContain("Employee No Show Letter");
        text.ShouldContain("José Muñoz");
        text.ShouldContain("Monday, March 9, 2026 at 9:30 AM CDT");
        text.ShouldNotContain("UTC", Case.Sensitive);
        text.ShouldContain(VisitArrangements.Clinic);
        text.ShouldContain("Acme Logistics");
        text.ShouldContain("What to do next");
    }

    [Fact]
    public async Task Running_the_sweep_twice_makes_one_letter()
    {
        var visitId = await NoShowVisitAsync(factory.Clock.GetUtcNow().AddHours(-2));

        await SweepAsync();
        await SweepAsync();

        var visit = await factory.VisitAsync(visitId);
        visit.Documents.Count(d => d.Type == ResultType.EmployeeNoShowLetter).ShouldBe(1);
        visit.Letters.ShouldHaveSingleItem().Kind.ShouldBe(LetterKind.NoShow);
    }

    [Fact]
    public async Task Two_workers_sweeping_at_once_make_one_letter_per_visit()
    {
        var first = await NoShowVisitAsync(factory.Clock.GetUtcNow().AddHours(-3));
        var second = await NoShowVisitAsync(factory.Clock.GetUtcNow().AddHours(-1));

        await Task.WhenAll(Task.Run(SweepAsync), Task.Run(SweepAsync));

        foreach (var id in new[] { first, second })
        {
            var visit = await factory.VisitAsync(id);
            visit.Documents.Count(d => d.Type == ResultType.EmployeeNoShowLetter).ShouldBe(1);
            visit.Letters.Count.ShouldBe(1);
        }
    }

    [Fact]
    public async Task A_visit_that_was_attended_gets_no_no_show_letter()
    {
        var scheduledAt = factory.Clock.GetUtcNow().AddHours(-4);
        var visitId = await factory.RegisterVisitAsync(VisitCategory.Injury, scheduledAt, v => v.ChangeStatus(VisitStatus.CheckedIn, scheduledAt));

        await SweepAsync();

        (await factory.VisitAsync(visitId)).Documents.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_letter_is_filed_under_the_portals_own_document_id()
    {
        var visitId = await NoShowVisitAsync(factory.Clock.GetUtcNow().AddHours(-5));

        await SweepAsync();

        var visit = await factory.VisitAsync(visitId);
        visit.Documents.ShouldHaveSingleItem().ExternalDocumentId
            .ShouldBe(VisitLetterPublisher.ExternalDocumentId(LetterKind.NoShow, GeneratedLetter.NoShowKey));
    }
}
