using EmployerPortal.Application.Authorizations.Queries.GetAuthorizationByNumber;
using EmployerPortal.Application.Authorizations.Specifications;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Common.Time;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Companies;
using Mediator;

namespace EmployerPortal.Application.Authorizations.Commands.CheckInAuthorization;

/// <summary>The clinic checks the employee in: the authorization is used by that visit. Used, expired or voided answers 409 with the reason.</summary>
[OpsClient(OpsScopes.Authorizations)]
[AcrossCompanies("The clinic front desk checks in an authorization of any company.")]
public sealed record CheckInAuthorizationCommand(string? Number, string? ExternalVisitId) : ICommand<OpsAuthorizationDto>;

public sealed class CheckInAuthorizationHandler(IRepository<Authorization> authorizations, IRepository<Company> companies, TimeProvider clock)
    : ICommandHandler<CheckInAuthorizationCommand, OpsAuthorizationDto>
{
    public async ValueTask<OpsAuthorizationDto> Handle(CheckInAuthorizationCommand command, CancellationToken cancellationToken)
    {
        var authorization = await authorizations.FirstOrDefaultAsync(new AuthorizationByNumberSpec(AuthorizationNumber.Parse(command.Number!)), cancellationToken)
            ?? throw new NotFoundException("Authorization");
        var company = await companies.FirstOrDefaultAsync(new CompanyByIdSpec(authorization.CompanyId), cancellationToken)
            ?? throw new NotFoundException("Company");
        var now = new LocalTime(company.TimeZone, clock).Now;
        authorization.CheckIn(command.ExternalVisitId!, now);
        return OpsAuthorizationDto.From(authorization, company, now);
    }
}
