using System.Text.Json;
using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Addresses;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Companies.Queries.GetCompanyAccount;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Domain.Companies;
using Mediator;

namespace EmployerPortal.Application.Companies.Commands.UpdateCompanyAccount;

public sealed record ContactInput(
    string? Name,
    string? Title,
    string? Email,
    string? Phone,
    bool NewResults,
    bool NoShowLetters,
    bool RecheckReminders,
    bool ScheduledReports)
{
    public ContactNotices Notices =>
        (NewResults ? ContactNotices.NewResults : ContactNotices.None) |
        (NoShowLetters ? ContactNotices.NoShowLetters : ContactNotices.None) |
        (RecheckReminders ? ContactNotices.RecheckReminders : ContactNotices.None) |
        (ScheduledReports ? ContactNotices.ScheduledReports : ContactNotices.None);

    public CompanyContact ToContact() => new(
        Name!.Trim(),
        string.IsNullOrWhiteSpace(Title) ? null : Title.Trim(),
        Email!.Trim(),
        string.IsNullOrWhiteSpace(Phone) ? null : Phone.Trim(),
        Notices);
}

/// <summary>
/// An Admin edits their company's address, phone, contacts and standing instructions. <paramref name="Version"/> is
/// the version the Admin was looking at: if someone saved since, the edit is refused with the current values.
/// </summary>
[RequiresPermission(Permission.EditCompanyAccount)]
public sealed record UpdateCompanyAccountCommand(
    int Version,
    AddressInput? Address,
    string? Phone,
    string? SpecialInstructions,
    IReadOnlyList<ContactInput>? Contacts) : ICommand<int>;

public sealed class UpdateCompanyAccountHandler(IRepository<Company> companies, IAuditTrail audit)
    : ICommandHandler<UpdateCompanyAccountCommand, int>
{
    private const int MaxAuditValueLength = 900;

    public async ValueTask<int> Handle(UpdateCompanyAccountCommand command, CancellationToken cancellationToken)
    {
        var company = await companies.FirstOrDefaultAsync(new CurrentCompanySpec(), cancellationToken)
            ?? throw new NotFoundException("Company");
        if (company.Version != command.Version)
        {
            throw new ConcurrencyConflictException(
                "Someone else changed this account since you opened it. Here is the current version.", CompanyAccountDto.From(company));
        }

        var before = Snapshot(company);
        company.UpdateAccountDetails(
            command.Address!.ToAddress(),
            command.Phone!.Trim(),
            command.SpecialInstructions,
            command.Contacts!.Select(c => c.ToContact()));
        var after = Snapshot(company);

        foreach (var (field, old) in before)
        {
            if (old != after[field])
            {
                audit.Record(AuditActions.CompanyAccountChanged, "Company", company.Id.ToString(), JsonSerializer.Serialize(new
                {
                    field,
                    before = Truncate(old),
                    after = Truncate(after[field]),
                }));
            }
        }

        return company.Version;
    }

    private static Dictionary<string, string> Snapshot(Company company) => new(StringComparer.Ordinal)
    {
        ["address"] = company.Address.SingleLine,
        ["phone"] = company.Phone,
        ["specialInstructions"] = company.SpecialInstructions ?? string.Empty,
        ["contacts"] = string.Join("; ", company.Contacts.Select(c => $"{c.Name} ({c.Title}) <{c.Email}> {c.Phone} [{c.Notices}]")),
    };

    private static string Truncate(string value) => value.Length <= MaxAuditValueLength ? value : value[..MaxAuditValueLength] + "…";
}
