using EmployerPortal.Domain.Common;

namespace EmployerPortal.Domain.Results;

/// <summary>
/// One employee visit and what it produced: its status timeline, the next recheck appointment,
/// its result documents and the letters generated for it.
/// </summary>
public sealed class VisitResult : AggregateRoot<VisitResultId>
{
    private readonly List<VisitStatusChange> _statusTimeline = [];
    private readonly List<ResultDocument> _documents = [];
    private readonly List<GeneratedLetter> _letters = [];

    private VisitResult()
    {
        ExternalVisitId = null!;
        Employee = null!;
        Clinic = null!;
    }

    public CompanyId CompanyId { get; private set; }

    /// <summary>The clinic system's id of the visit; the idempotency key of registration.</summary>
    public string ExternalVisitId { get; private set; }

    public Employee Employee { get; private set; }

    public VisitCategory Category { get; private set; }

    public string Clinic { get; private set; }

    /// <summary>The company location the visit is for (its code; <c>MAIN</c> unless ops said otherwise).</summary>
    public string LocationCode { get; private set; } = Companies.CompanyLocation.MainCode;

    public DateTimeOffset ScheduledAt { get; private set; }

    /// <summary>The authorization the visit was booked under, in canonical form when it is a valid number.</summary>
    public string? AuthorizationNumber { get; private set; }

    public VisitStatus Status { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public DateTimeOffset? NextRecheckAt { get; private set; }

    public IReadOnlyList<VisitStatusChange> StatusTimeline => _statusTimeline;

    public IReadOnlyList<ResultDocument> Documents => _documents;

    public IReadOnlyList<GeneratedLetter> Letters => _letters;

    public static VisitResult Register(
        CompanyId companyId,
        string externalVisitId,
        Employee employee,
        VisitCategory category,
        string clinic,
        DateTimeOffset scheduledAt,
        string? authorizationNumber,
        DateTimeOffset now,
        string? locationCode = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(externalVisitId);
        ArgumentNullException.ThrowIfNull(employee);
        ArgumentException.ThrowIfNullOrWhiteSpace(clinic);
        CheckRule(new DateOfBirthMustBeInThePast(employee.DateOfBirth, Dates.DateOf(now)));

        var visit = new VisitResult
        {
            Id = VisitResultId.New(),
            CompanyId = companyId,
            ExternalVisitId = externalVisitId.Trim(),
            Employee = employee,
            Category = category,
            Clinic = clinic.Trim(),
            ScheduledAt = scheduledAt,
            AuthorizationNumber = NormalizeAuthorizationNumber(authorizationNumber),
            Status = VisitStatus.Scheduled,
            RegisteredAt = now,
            LocationCode = string.IsNullOrWhiteSpace(locationCode) ? Companies.CompanyLocation.MainCode : Companies.CompanyLocation.NormalizeCode(locationCode),
        };
        visit._statusTimeline.Add(new VisitStatusChange(VisitStatus.Scheduled, now));
        visit.Raise(new VisitRegistered(visit.Id, companyId, visit.ExternalVisitId, category, now));
        return visit;
    }

    /// <summary>
    /// Whether a registration with the same external visit id carries the same visit (a retry: 200)
    /// or a different one (a conflict: 409).
    /// </summary>
    public bool IsSameRegistration(
        CompanyId companyId,
        Employee employee,
        VisitCategory category,
        string clinic,
        DateTimeOffset scheduledAt,
        string? authorizationNumber) =>
        CompanyId == companyId
        && Employee == employee
        && Category == category
        && string.Equals(Clinic, clinic?.Trim(), StringComparison.Ordinal)
        && ScheduledAt == scheduledAt
        && string.Equals(AuthorizationNumber, NormalizeAuthorizationNumber(authorizationNumber), StringComparison.Ordinal);

    /// <summary>
    /// Moves the visit along its status machine. Re-sending the current status with the time it was reached
    /// is a no-op, so a retried message is harmless; any other move the machine does not allow is refused.
    /// </summary>
    public void ChangeStatus(VisitStatus to, DateTimeOffset at)
    {
        if (to == Status && _statusTimeline.Contains(new VisitStatusChange(to, at)))
        {
            return;
        }

        CheckRule(new VisitStatusTransitionMustBeAllowed(Status, to));

        var from = Status;
        Status = to;
        _statusTimeline.Add(new VisitStatusChange(to, at));
        Raise(new VisitStatusChanged(Id, CompanyId, from, to, at));
        if (to == VisitStatus.NoShow)
        {
            Raise(new VisitMarkedNoShow(Id, CompanyId, at));
        }
    }

    /// <summary>Sets the next recheck appointment of an injury visit; setting the same appointment again changes nothing.</summary>
    public void ScheduleRecheck(DateTimeOffset appointmentAt, DateTimeOffset now)
    {
        if (NextRecheckAt == appointmentAt)
        {
            return;
        }

        CheckRule(new RecheckOnlyForInjuryVisits(Category));
        CheckRule(new RecheckCannotBeScheduledForACancelledVisit(Status));
        CheckRule(new RecheckAppointmentMustBeInTheFuture(appointmentAt, now));

        NextRecheckAt = appointmentAt;
        Raise(new RecheckScheduled(Id, CompanyId, appointmentAt, now));
    }

    public void CancelRecheck() => NextRecheckAt = null;

    /// <summary>
    /// Files a result document under the visit. The same document id with the same content is recognised
    /// (a retry); the same id with other content is refused.
    /// </summary>
    /// <param name="title">The display name; the result type's display name when blank.</param>
    /// <param name="sha256">SHA-256 of the bytes as 64 hex characters; stored lower case.</param>
    public AddDocumentOutcome AddDocument(
        string externalDocumentId,
        ResultType type,
        string? title,
        ResultOutcome? outcome,
        string storageKey,
        string sha256,
        long sizeBytes,
        DateTimeOffset receivedAt,
        bool markedDrugAndAlcohol = false,
        DateOnly? expiresOn = null,
        (string Vaccine, int Dose)? vaccination = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(externalDocumentId);
        CheckRule(new OnlyANonStandardTypeIsMarkedDrugAndAlcohol(type, markedDrugAndAlcohol));
        CheckRule(new VaccineDoseIsOneOfItsSeries(type, vaccination?.Vaccine, vaccination?.Dose));
        var documentId = externalDocumentId.Trim();
        var hash = ResultDocument.NormalizeSha256(sha256);

        var existing = FindDocument(documentId);
        CheckRule(new DocumentIdCannotBeReusedForOtherContent(existing, hash));
        if (existing is not null)
        {
            return AddDocumentOutcome.AlreadyPresent;
        }

        var document = ResultDocument.Create(documentId, type, title, outcome, storageKey, hash, sizeBytes, receivedAt, markedDrugAndAlcohol, expiresOn, vaccination);
        _documents.Add(document);
        Raise(new ResultAdded(Id, document.Id, CompanyId, LocationCode, type, receivedAt, document.IsDrugAndAlcohol));
        return AddDocumentOutcome.Added;
    }

    public ResultDocument? FindDocument(string externalDocumentId) =>
        _documents.Find(d => string.Equals(d.ExternalDocumentId, externalDocumentId.Trim(), StringComparison.Ordinal));

    public bool HasLetter(LetterKind kind, string key) => LetterIsGeneratedOnce.IsGenerated(_letters, kind, key);

    /// <summary>Records that the letter was generated and filed as <paramref name="documentId"/>, a document of this visit.</summary>
    public void RecordLetter(LetterKind kind, string key, ResultDocumentId documentId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var document = _documents.Find(d => d.Id == documentId)
            ?? throw new ArgumentException("The letter must first be added as a document of this visit.", nameof(documentId));
        if (document.Type != GeneratedLetter.DocumentTypeFor(kind))
        {
            throw new ArgumentException($"A {kind} letter is filed as {GeneratedLetter.DocumentTypeFor(kind)}, not {document.Type}.", nameof(documentId));
        }

        CheckRule(new LetterIsGeneratedOnce(_letters, kind, key));
        _letters.Add(new GeneratedLetter(kind, key, documentId, at));
    }

    private static string? NormalizeAuthorizationNumber(string? number) =>
        string.IsNullOrWhiteSpace(number) ? null
        : Authorizations.AuthorizationNumber.TryParse(number, out var parsed) ? parsed.Value
        : number.Trim();
}

public sealed record VisitRegistered(VisitResultId VisitResultId, CompanyId CompanyId, string ExternalVisitId, VisitCategory Category, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record VisitStatusChanged(VisitResultId VisitResultId, CompanyId CompanyId, VisitStatus From, VisitStatus To, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record VisitMarkedNoShow(VisitResultId VisitResultId, CompanyId CompanyId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record RecheckScheduled(VisitResultId VisitResultId, CompanyId CompanyId, DateTimeOffset AppointmentAt, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>A document was filed; a drug- or alcohol-testing one is news to the company's DERs only.</summary>
public sealed record ResultAdded(VisitResultId VisitResultId, ResultDocumentId DocumentId, CompanyId CompanyId, string LocationCode, ResultType ResultType, DateTimeOffset OccurredAt, bool IsDrugAndAlcohol = false) : IDomainEvent;
