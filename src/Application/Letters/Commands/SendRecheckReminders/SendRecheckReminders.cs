using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Application.Letters.Specifications;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Results;
using Mediator;
using Microsoft.Extensions.Options;

namespace EmployerPortal.Application.Letters.Commands.SendRecheckReminders;

/// <summary>
/// The recheck sweep: each injury visit whose next recheck appointment is at most <see cref="LetterOptions.RecheckReminderDaysAhead"/>
/// days away (so at once when booked later than that) gets one reminder for that appointment. A rescheduled
/// appointment has another key and so its own reminder; a cancelled one is no longer the visit's next recheck.
/// </summary>
[SystemOnly]
[AcrossCompanies("The sweep makes letters for visits of every company.")]
public sealed record SendRecheckRemindersCommand : ICommand<int>;

public sealed class SendRecheckRemindersHandler(
    IRepository<VisitResult> visits,
    IRepository<Company> companies,
    VisitLetterPublisher publisher,
    IOptions<LetterOptions> options,
    TimeProvider clock) : ICommandHandler<SendRecheckRemindersCommand, int>
{
    public async ValueTask<int> Handle(SendRecheckRemindersCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var horizon = now.AddDays(options.Value.RecheckReminderDaysAhead);
        var candidates = await visits.ListAsync(new VisitsWithRecheckReminderDueSpec(now, horizon), cancellationToken);
        var due = candidates
            .Where(v => !v.HasLetter(LetterKind.RecheckReminder, GeneratedLetter.RecheckReminderKey(v.NextRecheckAt!.Value)))
            .Take(options.Value.SweepBatchSize);

        var companyCache = new Dictionary<Domain.Common.CompanyId, Company>();
        var made = 0;
        await using var batch = publisher.StartBatch(cancellationToken);
        foreach (var visit in due)
        {
            if (!companyCache.TryGetValue(visit.CompanyId, out var company))
            {
                company = await companies.FirstOrDefaultAsync(new CompanyByIdSpec(visit.CompanyId), cancellationToken)
                    ?? throw new InvalidOperationException($"Visit {visit.Id} belongs to no company.");
                companyCache[visit.CompanyId] = company;
            }

            var appointmentAt = visit.NextRecheckAt!.Value;
            var letter = VisitLetterContent.RecheckReminder(visit, company, appointmentAt, now);
            var key = GeneratedLetter.RecheckReminderKey(appointmentAt);
            if (await batch.AddAsync(visit, LetterKind.RecheckReminder, key, letter))
            {
                made++;
            }
        }

        await batch.FileAsync();
        return made;
    }
}
