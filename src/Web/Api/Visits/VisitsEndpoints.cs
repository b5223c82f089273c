using System.Text.Json;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.InjuryCases.Commands.RecordWorkStatus;
using EmployerPortal.Application.Results;
using EmployerPortal.Application.Results.Commands.AddResultDocument;
using EmployerPortal.Application.Results.Commands.ChangeVisitStatus;
using EmployerPortal.Application.Results.Commands.RegisterVisit;
using EmployerPortal.Application.Results.Commands.ScheduleRecheck;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace EmployerPortal.Web.Api.Visits;

/// <summary>The visits part of the ops API (DESIGN §7): register visits, push status changes and rechecks, upload result documents.</summary>
public static class VisitsEndpoints
{
    /// <summary>The body limit of a document upload: the largest document plus room for the multipart framing and metadata.</summary>
    public const long UploadRequestLimit = ResultLimits.MaxDocumentBytes + (1024 * 1024);

    public static RouteGroupBuilder MapVisitsEndpoints(this RouteGroupBuilder ops)
    {
        var visits = ops.MapGroup("/visits").WithTags("Visits");

        visits.MapPost("/", RegisterAsync)
            .WithName("RegisterVisit")
            .WithSummary("Register a visit; the same body again answers 200, another body under the same externalVisitId 409.")
            .WithDescription("The answer's employee.matchedExisting says whether the visit joined a person the company already has visits of "
                + "(same employeeId and dateOfBirth; without an employeeId, same name and dateOfBirth). An employeeId already used by someone "
                + "with another dateOfBirth is a different person: matchedExisting is false and employee.note says so.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        visits.MapPost("/{externalVisitId}/status", ChangeStatusAsync)
            .WithName("ChangeVisitStatus")
            .WithSummary("Move the visit to CheckedIn, InProgress, Completed, NoShow or Cancelled; an illegal transition answers 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        visits.MapPut("/{externalVisitId}/recheck", ScheduleRecheckAsync)
            .WithName("ScheduleRecheck")
            .WithSummary("Set the next recheck appointment of an injury visit.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        visits.MapPost("/{externalVisitId}/work-status", RecordWorkStatusAsync)
            .WithName("RecordWorkStatus")
            .WithSummary("Record the work status set at an injury visit: FullDuty, ModifiedDuty (with restrictions) or OffWork, from effectiveFrom; caseClosed closes the case. The same status again answers 200 with changed false; a visit that is not an injury visit of a case answers 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        visits.MapPost("/{externalVisitId}/documents", AddDocumentAsync)
            .WithName("AddResultDocument")
            .WithSummary("Upload a result document: multipart with a 'metadata' JSON part (externalDocumentId, resultType, title?, outcome?, drugAndAlcohol?, expiresOn? as yyyy-MM-dd, vaccine? and dose? on a VaccineAdministrationRecord) and a 'file' PDF part, at most 20 MB.")
            .Accepts<DocumentUpload>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(UploadRequestLimit))
            .DisableAntiforgery()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        return ops;
    }

    private static async Task<Results<Created<RegisteredVisit>, Ok<RegisteredVisit>>> RegisterAsync(
        RegisterVisitCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var visit = await sender.Send(command, cancellationToken);
        return visit.Created
            ? TypedResults.Created($"/api/ops/v1/visits/{Uri.EscapeDataString(visit.ExternalVisitId)}", visit)
            : TypedResults.Ok(visit);
    }

    private static async Task<Ok<VisitStatusDto>> ChangeStatusAsync(
        string externalVisitId, VisitStatusChangeRequest request, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ChangeVisitStatusCommand(externalVisitId, request.Status, request.At), cancellationToken));

    private static async Task<Ok<RecheckDto>> ScheduleRecheckAsync(
        string externalVisitId, RecheckRequest request, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ScheduleRecheckCommand(externalVisitId, request.AppointmentAt), cancellationToken));

    private static async Task<Ok<RecordedWorkStatus>> RecordWorkStatusAsync(
        string externalVisitId, WorkStatusRequest request, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(
            new RecordWorkStatusCommand(externalVisitId, request.Status, request.Restrictions, request.EffectiveFrom, request.NextAppointmentAt, request.ExpectedFullDutyOn, request.CaseClosed),
            cancellationToken));

    private static async Task<Results<Created<AddedResultDocument>, Ok<AddedResultDocument>>> AddDocumentAsync(
        string externalVisitId, HttpRequest request, ISender sender, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            throw ValidationFailedException.ForField("file", "Send multipart/form-data with a 'metadata' part and a 'file' part.");
        }

        var form = await ReadFormAsync(request, cancellationToken);
        var metadata = await ReadMetadataAsync(form, cancellationToken);
        var file = form.Files.GetFile("file") ?? throw ValidationFailedException.ForField("file", "The 'file' part (the PDF) is missing.");
        await using var content = file.OpenReadStream();
        var added = await sender.Send(
            new AddResultDocumentCommand(externalVisitId, metadata.ExternalDocumentId, metadata.ResultType, metadata.Title, metadata.Outcome, content, file.Length, metadata.DrugAndAlcohol ?? false, metadata.ExpiresOn, metadata.Vaccine, metadata.Dose),
            cancellationToken);
        return added.Created
            ? TypedResults.Created($"/api/ops/v1/visits/{Uri.EscapeDataString(externalVisitId)}/documents/{Uri.EscapeDataString(added.ExternalDocumentId)}", added)
            : TypedResults.Ok(added);
    }

    /// <summary>The multipart body; a broken one (no boundary, truncated, over the form limits) is bad input, not a server error.</summary>
    private static async Task<IFormCollection> ReadFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException && !cancellationToken.IsCancellationRequested)
        {
            throw ValidationFailedException.ForField("file", "The multipart/form-data body is malformed or truncated; send a 'metadata' part and a 'file' part.");
        }
    }

    /// <summary>The 'metadata' part, sent either as a form field or as a JSON file part.</summary>
    private static async Task<DocumentMetadata> ReadMetadataAsync(IFormCollection form, CancellationToken cancellationToken)
    {
        string? json = form["metadata"];
        if (string.IsNullOrWhiteSpace(json) && form.Files.GetFile("metadata") is { } part)
        {
            using var reader = new StreamReader(part.OpenReadStream());
            json = await reader.ReadToEndAsync(cancellationToken);
        }

        if (string.IsNullOrWhiteSpace(json))
        {
            throw ValidationFailedException.ForField("metadata", "The 'metadata' part (JSON) is missing.");
        }

        try
        {
            return JsonSerializer.Deserialize<DocumentMetadata>(json, JsonSerializerOptions.Web)
                ?? throw ValidationFailedException.ForField("metadata", "The 'metadata' part must be a JSON object.");
        }
        catch (JsonException)
        {
            throw ValidationFailedException.ForField("metadata", "The 'metadata' part is not valid JSON.");
        }
    }
}

public sealed record VisitStatusChangeRequest(string? Status, DateTimeOffset? At);

public sealed record RecheckRequest(DateTimeOffset? AppointmentAt);

/// <summary>The work status set at an injury visit (DESIGN §7).</summary>
public sealed record WorkStatusRequest(
    string? Status,
    IReadOnlyList<string?>? Restrictions,
    DateOnly? EffectiveFrom,
    DateTimeOffset? NextAppointmentAt,
    DateOnly? ExpectedFullDutyOn,
    bool? CaseClosed);

/// <summary>The 'metadata' part of a document upload.</summary>
/// <param name="DrugAndAlcohol">Marks a non-standard document as drug and alcohol testing: only the company's DERs see it.</param>
/// <param name="ExpiresOn">When the certificate or clearance lapses (MEC card, fit test, clearance): feeds compliance tracking.</param>
/// <param name="Vaccine">On a vaccine administration record, the series given: HEPB (3 doses) or HEPB-CPG (Heplisav-B, 2 doses).</param>
/// <param name="Dose">Which dose of that series the record is, from 1: feeds the series on the compliance page.</param>
public sealed record DocumentMetadata(
    string? ExternalDocumentId,
    string? ResultType,
    string? Title,
    string? Outcome,
    bool? DrugAndAlcohol = null,
    DateOnly? ExpiresOn = null,
    string? Vaccine = null,
    int? Dose = null);

/// <summary>The multipart form of a document upload (for the OpenAPI document).</summary>
public sealed record DocumentUpload(DocumentMetadata Metadata, IFormFile File);
