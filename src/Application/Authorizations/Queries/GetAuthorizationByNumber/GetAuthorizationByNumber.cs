using EmployerPortal.Application.Authorizations.Specifications;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Common.Time;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Companies;
using Mediator;

namespace EmployerPortal.Application.Authorizations.Queries.GetAuthorizationByNumber;

/// <summary>The front desk looks an authorization up by the number the employee shows. A mistyped number is caught before lookup.</summary>
[OpsClient(OpsScopes.Authorizations)]
[AcrossCompanies("The clinic front desk verifies an authorization of any company.")]
public sealed record GetAuthorizationByNumberQuery(string? Number) : IQuery<OpsAuthorizationDto>;

public sealed class GetAuthorizationByNumberHandler(IRepository<Authorization> authorizations, IRepository<Company> companies, TimeProvider clock)
    : IQueryHandler<GetAuthorizationByNumberQuery, OpsAuthorizationDto>
{
    public async ValueTask<OpsAuthorizationDto> Handle(GetAuthorizationByNumberQuery query, CancellationToken cancellationToken)
    {
        var authorization = await authorizations.FirstOrDefaultAsync(new AuthorizationByNumberSpec(AuthorizationNumber.Parse(query.Number!)), cancellationToken)
            ?? throw new NotFoundException("Authorization");
        var company = await companies.FirstOrDefaultAsync(new CompanyByIdSpec(authorization.CompanyId), cancellationToken)
            ?? throw new NotFoundException("Company");
        return OpsAuthorizationDto.From(authorization, company, new LocalTime(company.TimeZone, clock).Now);
    }
}
