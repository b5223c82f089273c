using System.Text.Json;
using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Companies.Queries.GetCompanyAccount;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Results;
using Mediator;

namespace EmployerPortal.Application.Companies.Commands.ChangeCompanySettings;

/// <summary>
/// Ops suspends or reactivates a company, sets its drug-screen results portal link and the non-standard result
/// types it may receive, its time zone and how long a medical surveillance exam lasts for it (absent keeps the current
/// zone and interval). A suspended company's users cannot sign in.
/// </summary>
[OpsClient(OpsScopes.Companies)]
[AcrossCompanies("Ops configures any company.")]
public sealed record ChangeCompanySettingsCommand(
    string AccountNumber,
    CompanyStatus? Status,
    string? DrugScreenPortalUrl,
    IReadOnlyList<ResultType>? NonStandardResultTypes,
    string? TimeZone = null,
    int? SurveillanceIntervalMonths = null) : ICommand<CompanyAccountDto>;

public sealed class ChangeCompanySettingsHandler(IRepository<Company> companies, IAuditTrail audit, TimeProvider clock)
    : ICommandHandler<ChangeCompanySettingsCommand, CompanyAccountDto>
{
    public async ValueTask<CompanyAccountDto> Handle(ChangeCompanySettingsCommand command, CancellationToken cancellationToken)
    {
        var company = Domain.Companies.AccountNumber.IsValid(command.AccountNumber)
            ? await companies.FirstOrDefaultAsync(new CompanyByAccountNumberSpec(Domain.Companies.AccountNumber.From(command.AccountNumber)), cancellationToken)
            : null;
        if (company is null)
        {
            throw new NotFoundException("Company");
        }

        var before = new { status = company.Status.ToString(), timeZone = company.TimeZone.Id, surveillanceIntervalMonths = company.SurveillanceIntervalMonths, drugScreenPortalUrl = company.DrugScreenPortalUrl?.ToString(), nonStandardResultTypes = company.EnabledNonStandardResultTypes.Select(t => t.ToString()).ToList() };
        company.ChangeSettings(
            command.Status!.Value,
            string.IsNullOrWhiteSpace(command.DrugScreenPortalUrl) ? null : new Uri(command.DrugScreenPortalUrl.Trim(), UriKind.Absolute),
            command.NonStandardResultTypes ?? [],
            clock.GetUtcNow());
        if (!string.IsNullOrWhiteSpace(command.TimeZone))
        {
            company.ChangeTimeZone(CompanyTimeZone.From(command.TimeZone));
        }

        if (command.SurveillanceIntervalMonths is { } months)
        {
            company.ChangeSurveillanceInterval(months);
        }

        var after = new { status = company.Status.ToString(), timeZone = company.TimeZone.Id, surveillanceIntervalMonths = company.SurveillanceIntervalMonths, drugScreenPortalUrl = company.DrugScreenPortalUrl?.ToString(), nonStandardResultTypes = company.EnabledNonStandardResultTypes.Select(t => t.ToString()).ToList() };
        audit.Record(AuditActions.CompanySettingsChanged, "Company", company.Id.ToString(), JsonSerializer.Serialize(new { before, after }));
        return CompanyAccountDto.From(company);
    }
}
