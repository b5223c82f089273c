using EmployerPortal.Application.Common.Documents;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Application.Results.Specifications;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Results;
using Mediator;

namespace EmployerPortal.Application.Results.Commands.AddResultDocument;

/// <summary>
/// Ops files a result document (a PDF) under a visit. Idempotent on the external document id: the same bytes again
/// are recognised, other bytes under the same id are refused.
/// </summary>
/// <param name="Content">The PDF; must be seekable (it is checked before it is stored).</param>
/// <param name="Vaccine">On a vaccine administration record, the series given (<see cref="VaccineSeries"/> code), with <paramref name="Dose"/>.</param>
[OpsClient(OpsScopes.Visits)]
[AcrossCompanies("Ops adds documents to visits of any company.")]
public sealed record AddResultDocumentCommand(
    string ExternalVisitId,
    string? ExternalDocumentId,
    string? ResultType,
    string? Title,
    string? Outcome,
    Stream Content,
    long Length,
    bool DrugAndAlcohol = false,
    DateOnly? ExpiresOn = null,
    string? Vaccine = null,
    int? Dose = null) : ICommand<AddedResultDocument>;

/// <summary>
/// The document as filed; <see cref="Created"/> is false when the same document was sent before;
/// <see cref="DrugAndAlcohol"/> says it is seen by the company's DERs only.
/// </summary>
public sealed record AddedResultDocument(
    Guid DocumentId,
    string ExternalDocumentId,
    string Sha256,
    long SizeBytes,
    bool Created,
    bool DrugAndAlcohol,
    DateOnly? ExpiresOn = null,
    string? Vaccine = null,
    int? Dose = null);

public sealed class AddResultDocumentHandler(
    IRepository<VisitResult> visits,
    IRepository<Company> companies,
    IDocumentStore documents,
    IPdfValidator pdfValidator,
    TimeProvider clock) : ICommandHandler<AddResultDocumentCommand, AddedResultDocument>
{
    public async ValueTask<AddedResultDocument> Handle(AddResultDocumentCommand command, CancellationToken cancellationToken)
    {
        if (command.Length > ResultLimits.MaxDocumentBytes)
        {
            throw new ContentTooLargeException($"A result document may be at most {ResultLimits.MaxDocumentBytes / (1024 * 1024)} MB.");
        }

        var visit = await visits.FirstOrDefaultAsync(new VisitResultByExternalIdSpec(command.ExternalVisitId), cancellationToken)
            ?? throw new NotFoundException("Visit");
        var company = await companies.FirstOrDefaultAsync(new CompanyByIdSpec(visit.CompanyId), cancellationToken)
            ?? throw new NotFoundException("Company");
        var type = Enum.Parse<ResultType>(command.ResultType!, ignoreCase: true);
        if (!company.Accepts(type))
        {
            throw new ConflictException(
                $"The result type {type} ({ResultTypes.Get(type).DisplayName}) is non-standard and is not enabled for company {company.AccountNumber}. Enable it in the company's settings first.");
        }

        var check = await pdfValidator.CheckAsync(command.Content, cancellationToken);
        switch (check.Verdict)
        {
            case PdfVerdict.NotPdf:
                throw new UnsupportedContentException("The file is not a PDF that can be opened; only PDF result documents are accepted.");
            case PdfVerdict.Refused:
                throw new UnprocessableContentException(
                    $"The PDF is refused because {check.Reason}. Result documents may not carry scripts, actions, attachments or forms that submit, and must stay within the portal's size limits; export it again as a plain PDF (PDF/A, say) and resend it.");
        }

        var stored = await documents.SaveAsync(command.Content, cancellationToken);
        var outcome = string.IsNullOrWhiteSpace(command.Outcome) ? (ResultOutcome?)null : Enum.Parse<ResultOutcome>(command.Outcome, ignoreCase: true);
        var added = visit.AddDocument(
            command.ExternalDocumentId!,
            type,
            command.Title,
            outcome,
            stored.StorageKey,
            stored.Sha256,
            stored.SizeBytes,
            clock.GetUtcNow(),
            command.DrugAndAlcohol,
            command.ExpiresOn,
            command.Vaccine is { } vaccine && command.Dose is { } dose ? (vaccine, dose) : null);
        var document = visit.FindDocument(command.ExternalDocumentId!)!;
        return new AddedResultDocument(
            document.Id.Value,
            document.ExternalDocumentId,
            document.Sha256,
            document.SizeBytes,
            added == AddDocumentOutcome.Added,
            document.IsDrugAndAlcohol,
            document.ExpiresOn,
            document.VaccineCode,
            document.VaccineDose);
    }
}
