using System.Globalization;

namespace EmployerPortal.Domain.Results;

public enum ResultOutcome
{
    Pass = 0,
    Fail = 1,
    Pending = 2,
}

/// <summary>Whether <see cref="VisitResult.AddDocument"/> stored a new document or recognised one it already had.</summary>
public enum AddDocumentOutcome
{
    Added = 0,
    AlreadyPresent = 1,
}

/// <summary>A result document of a visit. Part of the VisitResult aggregate; the bytes live in the document store.</summary>
public sealed class ResultDocument
{
    private ResultDocument()
    {
        ExternalDocumentId = null!;
        Title = null!;
        StorageKey = null!;
        Sha256 = null!;
    }

    public ResultDocumentId Id { get; private set; }

    /// <summary>The clinic system's id of the document; unique within the visit.</summary>
    public string ExternalDocumentId { get; private set; }

    public ResultType Type { get; private set; }

    /// <summary>The name the employer sees (and downloads as); the result type's display name unless ops gave one.</summary>
    public string Title { get; private set; }

    public ResultOutcome? Outcome { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>Where the document store keeps the bytes.</summary>
    public string StorageKey { get; private set; }

    /// <summary>SHA-256 of the bytes: 64 lower-case hex characters.</summary>
    public string Sha256 { get; private set; }

    public long SizeBytes { get; private set; }

    /// <summary>A drug- or alcohol-testing document: by its type, or because ops marked a non-standard one so.</summary>
    public bool IsDrugAndAlcohol { get; private set; }

    /// <summary>When the certificate or clearance lapses (a MEC card, a fit test, a clearance), as the clinic says; feeds compliance.</summary>
    public DateOnly? ExpiresOn { get; private set; }

    /// <summary>On a vaccine administration record: the code of the vaccine series given (<see cref="VaccineSeries"/>); feeds compliance.</summary>
    public string? VaccineCode { get; private set; }

    /// <summary>On a vaccine administration record: which dose of the series it records, from 1.</summary>
    public int? VaccineDose { get; private set; }

    /// <summary>The series and dose this record gives, when it gives one.</summary>
    public VaccineDoseGiven? Vaccination =>
        VaccineSeries.Find(VaccineCode) is { } series && VaccineDose is { } dose ? new VaccineDoseGiven(series, dose) : null;

    internal static ResultDocument Create(
        string externalDocumentId,
        ResultType type,
        string? title,
        ResultOutcome? outcome,
        string storageKey,
        string sha256,
        long sizeBytes,
        DateTimeOffset receivedAt,
        bool markedDrugAndAlcohol,
        DateOnly? expiresOn = null,
        (string Vaccine, int Dose)? vaccination = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(storageKey);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sizeBytes);
        return new ResultDocument
        {
            Id = ResultDocumentId.New(),
            ExternalDocumentId = externalDocumentId,
            Type = type,
            Title = string.IsNullOrWhiteSpace(title) ? ResultTypes.Get(type).DisplayName : title.Trim(),
            Outcome = outcome,
            ReceivedAt = receivedAt,
            StorageKey = storageKey,
            Sha256 = sha256,
            SizeBytes = sizeBytes,
            IsDrugAndAlcohol = ResultTypes.Get(type).IsDrugAndAlcohol || markedDrugAndAlcohol,
            ExpiresOn = expiresOn,
            VaccineCode = vaccination is { } given ? VaccineSeries.Find(given.Vaccine)?.Code : null,
            VaccineDose = vaccination?.Dose,
        };
    }

    /// <summary>The canonical form of a SHA-256 hex digest: lower case; anything but 64 hex characters is refused.</summary>
    internal static string NormalizeSha256(string sha256)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigit))
        {
            throw new ArgumentException("A SHA-256 digest is 64 hexadecimal characters.", nameof(sha256));
        }

        return sha256.ToLower(CultureInfo.InvariantCulture);
    }
}
