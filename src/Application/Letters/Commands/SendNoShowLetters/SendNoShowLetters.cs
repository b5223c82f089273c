using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Application.Letters.Specifications;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Results;
using Mediator;
using Microsoft.Extensions.Options;

namespace EmployerPortal.Application.Letters.Commands.SendNoShowLetters;

/// <summary>
/// The no-show sweep: every visit marked no-show without a no-show letter gets one, filed under the visit,
/// and its recipients get a notice (the contacts who receive no-show notices among them). Safe to run any number of times.
/// </summary>
[SystemOnly]
[AcrossCompanies("The sweep makes letters for visits of every company.")]
public sealed record SendNoShowLettersCommand : ICommand<int>;

public sealed class SendNoShowLettersHandler(
    IRepository<VisitResult> visits,
    IRepository<Company> companies,
    VisitLetterContent content,
    VisitLetterPublisher publisher,
    IOptions<LetterOptions> options,
    TimeProvider clock) : ICommandHandler<SendNoShowLettersCommand, int>
{
    public async ValueTask<int> Handle(SendNoShowLettersCommand command, CancellationToken cancellationToken)
    {
        var due = await visits.ListAsync(new NoShowVisitsWithoutLetterSpec(options.Value.SweepBatchSize), cancellationToken);
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

            var letter = await content.NoShowAsync(visit, company, clock.GetUtcNow(), cancellationToken);
            if (await batch.AddAsync(visit, LetterKind.NoShow, GeneratedLetter.NoShowKey, letter))
            {
                made++;
            }
        }

        await batch.FileAsync();
        return made;
    }
}
