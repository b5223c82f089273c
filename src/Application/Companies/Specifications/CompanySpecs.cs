using Ardalis.Specification;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;

namespace EmployerPortal.Application.Companies.Specifications;

public sealed class CompanyByIdSpec : SingleResultSpecification<Company>
{
    public CompanyByIdSpec(CompanyId id) => Query.Where(c => c.Id == id);
}

public sealed class CompanyByAccountNumberSpec : SingleResultSpecification<Company>
{
    public CompanyByAccountNumberSpec(AccountNumber accountNumber) => Query.Where(c => c.AccountNumber == accountNumber);
}
