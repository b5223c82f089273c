using EmployerPortal.Domain.Common;

namespace EmployerPortal.Domain.AccountRequests;

/// <summary>The services a prospect can say they are interested in.</summary>
[Flags]
public enum ServicesOfInterest
{
    None = 0,
    InjuryCare = 1,
    PrePlacementPhysicals = 2,
    DotPhysicals = 4,
    DrugAndAlcoholTesting = 8,
    RespiratorFitTests = 16,
    Vaccines = 32,
    MedicalSurveillance = 64,
}

/// <summary>A prospect's request for a portal account, from the public form; ops reads them through the API.</summary>
public sealed class AccountRequest : AggregateRoot<Guid>
{
    private readonly List<string> _locationZipCodes = [];

    private AccountRequest()
    {
        CompanyName = null!;
        ContactName = null!;
        Email = null!;
        Phone = null!;
    }

    public string CompanyName { get; private set; }

    public string ContactName { get; private set; }

    public string Email { get; private set; }

    public string Phone { get; private set; }

    public int NumberOfEmployees { get; private set; }

    public IReadOnlyList<string> LocationZipCodes => _locationZipCodes;

    public ServicesOfInterest Services { get; private set; }

    public string? Message { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public static AccountRequest Submit(
        string companyName,
        string contactName,
        string email,
        string phone,
        int numberOfEmployees,
        IEnumerable<string> locationZipCodes,
        ServicesOfInterest services,
        string? message,
        DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(companyName);
        ArgumentException.ThrowIfNullOrWhiteSpace(contactName);
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(numberOfEmployees);
        var request = new AccountRequest
        {
            Id = Guid.CreateVersion7(),
            CompanyName = companyName.Trim(),
            ContactName = contactName.Trim(),
            Email = email.Trim(),
            Phone = phone.Trim(),
            NumberOfEmployees = numberOfEmployees,
            Services = services,
            Message = string.IsNullOrWhiteSpace(message) ? null : message.Trim(),
            SubmittedAt = now,
        };
        request._locationZipCodes.AddRange(locationZipCodes.Select(z => z.Trim()).Distinct(StringComparer.Ordinal));
        request.Raise(new AccountRequestSubmitted(request.Id, now));
        return request;
    }
}

public sealed record AccountRequestSubmitted(Guid AccountRequestId, DateTimeOffset OccurredAt) : IDomainEvent;
