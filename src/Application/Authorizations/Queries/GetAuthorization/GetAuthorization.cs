using EmployerPortal.Application.Users.Specifications;
using EmployerPortal.Application.Authorizations.Specifications;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Common.Time;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Users;
using Mediator;

namespace EmployerPortal.Application.Authorizations.Queries.GetAuthorization;

/// <summary>One authorization of the signed-in user's company, with its status history.</summary>
[RequiresPermission(Permission.ViewAuthorizations)]
public sealed record GetAuthorizationQuery(Guid Id) : IQuery<AuthorizationDetailDto>;

public sealed class GetAuthorizationHandler(
    IRepository<Authorization> authorizations,
    IRepository<Company> companies,
    IRepository<PortalUser> users,
    TimeProvider clock) : IQueryHandler<GetAuthorizationQuery, AuthorizationDetailDto>
{
    public async ValueTask<AuthorizationDetailDto> Handle(GetAuthorizationQuery query, CancellationToken cancellationToken)
    {
        var authorization = await authorizations.FirstOrDefaultAsync(new AuthorizationByIdSpec(new AuthorizationId(query.Id)), cancellationToken)
            ?? throw new NotFoundException("Authorization");
        var company = await companies.FirstOrDefaultAsync(new CompanyByIdSpec(authorization.CompanyId), cancellationToken)
            ?? throw new NotFoundException("Company");
        var userIds = authorization.StatusHistory.Where(h => h.By is not null).Select(h => h.By!.Value).Append(authorization.CreatedBy).Distinct().ToList();
        var names = (await users.ListAsync(new PortalUsersByIdsSpec(userIds), cancellationToken)).ToDictionary(u => u.Id, u => u.FullName);
        string? NameOf(PortalUserId? id) => id is { } known ? names.GetValueOrDefault(known, "a former user") : null;

        var local = new LocalTime(company.ZoneOf(authorization.LocationCode), clock);
        var location = company.FindLocation(authorization.LocationCode);
        var now = local.Now;
        var status = authorization.StatusAt(now);
        var history = authorization.StatusHistory
            .OrderBy(h => h.At)
            .Select(h => new StatusHistoryEntryDto(h.Status, h.At, NameOf(h.By), h.Status == AuthorizationStatus.Used ? $"Visit {authorization.UsedByVisitId}" : null))
            .ToList();
        if (status == AuthorizationStatus.Expired && authorization.Status != AuthorizationStatus.Expired)
        {
            var endOfValidity = local.EndOf(authorization.ValidUntil);
            history.Add(new StatusHistoryEntryDto(AuthorizationStatus.Expired, endOfValidity, null, "Past its valid-until date"));
        }

        return new AuthorizationDetailDto(
            authorization.Id.Value,
            authorization.Number.Display,
            company.Name,
            company.SpecialInstructions,
            authorization.Employee,
            authorization.Reason,
            authorization.Injury,
            authorization.Services.ToList(),
            authorization.SpecialInstructions,
            authorization.ValidUntil,
            status,
            authorization.CreatedAt,
            NameOf(authorization.CreatedBy)!,
            authorization.UsedAt,
            authorization.UsedByVisitId,
            authorization.VoidedAt,
            NameOf(authorization.VoidedBy),
            history,
            authorization.Emails.OrderBy(e => e.SentAt).ToList())
        {
            LocationCode = authorization.LocationCode,
            LocationName = location?.Name ?? authorization.LocationCode,
            LocationInstructions = location?.SpecialInstructions,
            Package = authorization.Package,
            Clinic = authorization.Clinic,
            DotTestReason = authorization.DotTestReason,
            VoidReason = authorization.VoidReason,
        };
    }
}
