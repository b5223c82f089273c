using EmployerPortal.Web.FunctionalTests.Infrastructure;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Results;
using EmployerPortal.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace EmployerPortal.Web.FunctionalTests.Letters;

/// <summary>Reminders go out <c>Letters:RecheckReminderDaysAhead</c> (default 2) days before the appointment.</summary>
public sealed class RecheckReminderTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task SweepAsync() => factory.Services.GetRequiredService<RecheckReminderJob>().RunAsync(CancellationToken.None);

    private static readonly CompanyTimeZone AcmeZone = CompanyTimeZone.From("America/Chicago");

    private DateTimeOffset Now => factory.Clock.GetUtcNow();

    private Task<VisitResultId> InjuryVisitWithRecheckAsync(DateTimeOffset appointmentAt) =>
        factory.RegisterVisitAsync(VisitCategory.Injury, Now.AddDays(-7), v =>
        {
            v.ChangeStatus(VisitStatus.CheckedIn, Now.AddDays(-7));
            v.ScheduleRecheck(appointmentAt, Now);
        });

    private async Task<List<ResultDocument>> RemindersAsync(VisitResultId id) =>
        (await factory.VisitAsync(id)).Documents.Where(d => d.Type == ResultType.RecheckAppointmentReminderLetter).ToList();

    [Fact]
    public async Task The_reminder_goes_out_two_days_ahead_and_not_before()
    {
        var appointmentAt = Now.AddDays(5);
        var visitId = await InjuryVisitWithRecheckAsync(appointmentAt);

        await SweepAsync();
        (await RemindersAsync(visitId)).ShouldBeEmpty("five days ahead is too early");

        factory.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));
        await SweepAsync();
        await SweepAsync();

        var reminder = (await RemindersAsync(visitId)).ShouldHaveSingleItem();
        reminder.Title.ShouldBe("Recheck Appointment Reminder Letter");
        var visit = await factory.VisitAsync(visitId);
        visit.HasLetter(LetterKind.RecheckReminder, GeneratedLetter.RecheckReminderKey(appointmentAt)).ShouldBeTrue();
        var text = await factory.ReadPdfTextAsync(reminder);
        text.ShouldContain("José Muñoz");
        text.ShouldContain(Application.Letters.LetterFormat.DateTime(appointmentAt, AcmeZone));
        text.ShouldNotContain("UTC", Case.Sensitive);
        text.ShouldContain(VisitArrangements.Clinic);
    }

    [Fact]
    public async Task A_recheck_booked_inside_the_window_is_reminded_at_once()
    {
        var visitId = await InjuryVisitWithRecheckAsync(Now.AddHours(20));

        await SweepAsync();

        (await RemindersAsync(visitId)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_rescheduled_recheck_gets_a_second_reminder()
    {
        var firstAppointment = Now.AddDays(1);
        var visitId = await InjuryVisitWithRecheckAsync(firstAppointment);
        await SweepAsync();

        var secondAppointment = Now.AddDays(1).AddHours(3);
        await factory.ChangeVisitAsync(visitId, v => v.ScheduleRecheck(secondAppointment, Now));
        await SweepAsync();
        await SweepAsync();

        var visit = await factory.VisitAsync(visitId);
        visit.Letters.Select(l => l.Key).ShouldBe(
            [GeneratedLetter.RecheckReminderKey(firstAppointment), GeneratedLetter.RecheckReminderKey(secondAppointment)],
            ignoreOrder: true);
        var reminders = await RemindersAsync(visitId);
        reminders.Count.ShouldBe(2);
        var texts = await Task.WhenAll(reminders.Select(factory.ReadPdfTextAsync));
        texts.ShouldContain(t => t.Contains(Application.Letters.LetterFormat.DateTime(secondAppointment, AcmeZone), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_cancelled_recheck_gets_no_reminder()
    {
        var visitId = await InjuryVisitWithRecheckAsync(Now.AddDays(4));
        await factory.ChangeVisitAsync(visitId, v => v.CancelRecheck());

        factory.Clock.Advance(TimeSpan.FromDays(3));
        await SweepAsync();

        (await RemindersAsync(visitId)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_cancelled_visit_gets_no_reminder_for_its_recheck()
    {
        var visitId = await factory.RegisterVisitAsync(VisitCategory.Injury, Now.AddDays(1), v => v.ScheduleRecheck(Now.AddDays(1).AddHours(2), Now));
        await factory.ChangeVisitAsync(visitId, v => v.ChangeStatus(VisitStatus.Cancelled, Now));

        await SweepAsync();

        (await RemindersAsync(visitId)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Two_workers_sweeping_at_once_make_one_reminder()
    {
        var visitId = await InjuryVisitWithRecheckAsync(Now.AddDays(1));

        await Task.WhenAll(Task.Run(SweepAsync), Task.Run(SweepAsync));

        (await RemindersAsync(visitId)).Count.ShouldBe(1);
    }
}
