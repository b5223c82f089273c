using EmployerPortal.Domain.Companies;

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
    IReadOnlyList<CompanyContact> Contacts,
    int Version)
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
        company.Contacts.ToList(),
        company.Version);
}
