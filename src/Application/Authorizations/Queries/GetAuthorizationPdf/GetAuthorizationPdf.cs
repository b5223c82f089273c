using EmployerPortal.Application.Authorizations.Documents;
using EmployerPortal.Application.Authorizations.Specifications;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Common.Time;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using Mediator;
using Microsoft.Extensions.Options;

namespace EmployerPortal.Application.Authorizations.Queries.GetAuthorizationPdf;

/// <summary>The printable PDF of one of the company's authorizations (printing is part of "create authorizations").</summary>
[RequiresPermission(Permission.CreateAuthorizations)]
public sealed record GetAuthorizationPdfQuery(Guid Id) : IQuery<AuthorizationPdf>;

public sealed record AuthorizationPdf(string FileName, byte[] Content);

public sealed class GetAuthorizationPdfHandler(
    IRepository<Authorization> authorizations,
    IRepository<Company> companies,
    IAuthorizationPdfRenderer renderer,
    IOptions<AuthorizationsOptions> options,
    TimeProvider clock) : IQueryHandler<GetAuthorizationPdfQuery, AuthorizationPdf>
{
    public async ValueTask<AuthorizationPdf> Handle(GetAuthorizationPdfQuery query, CancellationToken cancellationToken)
    {
        var authorization = await authorizations.FirstOrDefaultAsync(new AuthorizationByIdSpec(new AuthorizationId(query.Id)), cancellationToken)
            ?? throw new NotFoundException("Authorization");
        var company = await companies.FirstOrDefaultAsync(new CompanyByIdSpec(authorization.CompanyId), cancellationToken)
            ?? throw new NotFoundException("Company");
        var document = AuthorizationDocument.From(authorization, company, options.Value, new LocalTime(company.ZoneOf(authorization.LocationCode), clock).Now);
        return new AuthorizationPdf(document.FileName, renderer.Render(document));
    }
}
