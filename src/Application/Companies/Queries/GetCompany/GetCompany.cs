using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Companies.Queries.GetCompanyAccount;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Domain.Companies;
using Mediator;

namespace EmployerPortal.Application.Companies.Queries.GetCompany;

/// <summary>Ops reads a company by its account number.</summary>
[OpsClient(OpsScopes.Companies)]
[AcrossCompanies("Ops reads any company.")]
public sealed record GetCompanyQuery(string AccountNumber) : IQuery<CompanyAccountDto>;

public sealed class GetCompanyHandler(IRepository<Company> companies) : IQueryHandler<GetCompanyQuery, CompanyAccountDto>
{
    public async ValueTask<CompanyAccountDto> Handle(GetCompanyQuery query, CancellationToken cancellationToken)
    {
        var company = Domain.Companies.AccountNumber.IsValid(query.AccountNumber)
            ? await companies.FirstOrDefaultAsync(new CompanyByAccountNumberSpec(Domain.Companies.AccountNumber.From(query.AccountNumber)), cancellationToken)
            : null;
        return company is null ? throw new NotFoundException("Company") : CompanyAccountDto.From(company);
    }
}
