using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Results;

namespace EmployerPortal.Application.Companies.Queries.GetCompanyAccount;

public sealed record CompanyAccountDto(
    Guid Id,
    string AccountNumber,
    string Name,
    PostalAddress Address,
    string Phone,
    CompanyStatus Status,
    string? SpecialInstructions,
    Uri? DrugScreenPortalUrl,
    IReadOnlyList<CompanyContactDto> Contacts,
    IReadOnlyList<ResultType> EnabledNonStandardResultTypes,
    int Version,
    bool RequiresTwoFactor = false,
    string TimeZone = "",
    int SurveillanceIntervalMonths = 12)
{
    public static CompanyAccountDto From(Company company) => new(
        company.Id.Value,
        company.AccountNumber.Value,
        company.Name,
        company.Address,
        company.Phone,
        company.Status,
        company.SpecialInstructions,
        company.DrugScreenPortalUrl,
        company.Contacts.Select(CompanyContactDto.From).ToList(),
        company.EnabledNonStandardResultTypes.ToList(),
        company.Version,
        company.RequiresTwoFactor,
        company.TimeZone.Id,
        company.SurveillanceIntervalMonths)
    {
        Locations = [.. company.Locations.Select(EmployerPortal.Application.Companies.Locations.LocationDto.From)],
    };

    /// <summary>The company's sites, the main location first.</summary>
    public IReadOnlyList<EmployerPortal.Application.Companies.Locations.LocationDto> Locations { get; init; } = [];
}

/// <summary>A contact and the notices they receive, listed one by one.</summary>
public sealed record CompanyContactDto(string Name, string? Title, string Email, string? Phone, IReadOnlyList<ContactNotices> Notices)
{
    public static CompanyContactDto From(CompanyContact contact) => new(
        contact.Name,
        contact.Title,
        contact.Email,
        contact.Phone,
        Enum.GetValues<ContactNotices>().Where(n => n != ContactNotices.None && contact.Receives(n)).ToList());

    public bool Receives(ContactNotices notice) => Notices.Contains(notice);
}
