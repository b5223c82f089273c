using EmployerPortal.Domain.AccountRequests;

namespace EmployerPortal.Application.AccountRequests.Queries.ListAccountRequests;

public sealed record AccountRequestDto(
    Guid Id,
    string CompanyName,
    string ContactName,
    string Email,
    string Phone,
    int NumberOfEmployees,
    IReadOnlyList<string> LocationZipCodes,
    IReadOnlyList<ServicesOfInterest> Services,
    string? Message,
    DateTimeOffset SubmittedAt)
{
    public static AccountRequestDto From(AccountRequest request) => new(
        request.Id,
        request.CompanyName,
        request.ContactName,
        request.Email,
        request.Phone,
        request.NumberOfEmployees,
        request.LocationZipCodes.ToList(),
        Enum.GetValues<ServicesOfInterest>().Where(s => s != ServicesOfInterest.None && request.Services.HasFlag(s)).ToList(),
        request.Message,
        request.SubmittedAt);
}
