using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Domain.Companies;
using Mediator;

namespace EmployerPortal.Application.Companies.Queries.GetCompanyAccount;

/// <summary>The signed-in user's company account, as the account page shows it.</summary>
[RequiresPermission(Permission.ViewCompanyAccount)]
public sealed record GetCompanyAccountQuery : IQuery<CompanyAccountDto>;

public sealed class GetCompanyAccountHandler(IRepository<Company> companies)
    : IQueryHandler<GetCompanyAccountQuery, CompanyAccountDto>
{
    public async ValueTask<CompanyAccountDto> Handle(GetCompanyAccountQuery query, CancellationToken cancellationToken)
    {
        var company = await companies.FirstOrDefaultAsync(new CurrentCompanySpec(), cancellationToken)
            ?? throw new NotFoundException("Company");
        return CompanyAccountDto.From(company);
    }
}
