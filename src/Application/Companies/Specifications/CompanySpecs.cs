using Ardalis.Specification;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;

namespace EmployerPortal.Application.Companies.Specifications;

/// <summary>The tenant's own company: the only one the company filter lets through.</summary>
public sealed class CurrentCompanySpec : SingleResultSpecification<Company>;

public sealed class CompanyByIdSpec : SingleResultSpecification<Company>
{
    public CompanyByIdSpec(CompanyId id) => Query.Where(c => c.Id == id);
}

public sealed class CompanyByAccountNumberSpec : SingleResultSpecification<Company>
{
    public CompanyByAccountNumberSpec(AccountNumber accountNumber) => Query.Where(c => c.AccountNumber == accountNumber);
}
