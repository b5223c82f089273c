using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Common.Time;
using EmployerPortal.Domain.Common;
using EmployerPortal.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Infrastructure.Persistence;

/// <summary>
/// Reads a company's time zone once per scope (a request or a job run) and hands out its local time; a signed-in
/// request's own company's zone came with its session (<see cref="CurrentSession"/>), so it is not read again.
/// </summary>
internal sealed class CompanyClock(PortalDbContext db, ITenantContext tenant, CurrentSession session, TimeProvider clock) : ICompanyClock
{
    private readonly Dictionary<CompanyId, LocalTime> _byCompany = [];
    private readonly Dictionary<CompanyId, IReadOnlyDictionary<string, LocalTime>> _locationsByCompany = [];

    public async ValueTask<LocalTime> ForCompanyAsync(CompanyId companyId, CancellationToken cancellationToken)
    {
        if (!_byCompany.TryGetValue(companyId, out var local) && session.CompanyTimeZone is { } signedIn && signedIn.Company == companyId)
        {
            local = new LocalTime(signedIn.TimeZone, clock); // read with the session this request
            _byCompany[companyId] = local;
        }

        if (local is null)
        {
            // A company's zone is no secret: jobs and ops read it across companies, employers read their own.
            var zone = await db.Companies.AcrossCompanies().AsNoTracking()
                .Where(c => c.Id == companyId)
                .Select(c => c.TimeZone)
                .SingleAsync(cancellationToken);
            local = new LocalTime(zone, clock);
            _byCompany[companyId] = local;
        }

        return local;
    }

    public async ValueTask<IReadOnlyDictionary<string, LocalTime>> ForLocationsAsync(CompanyId companyId, CancellationToken cancellationToken)
    {
        if (!_locationsByCompany.TryGetValue(companyId, out var locations))
        {
            var zones = await db.Companies.AcrossCompanies().AsNoTracking()
                .Where(c => c.Id == companyId)
                .SelectMany(c => c.Locations.Select(l => new { l.Code, l.TimeZone }))
                .ToListAsync(cancellationToken);
            locations = zones.ToDictionary(z => z.Code, z => new LocalTime(z.TimeZone, clock), StringComparer.Ordinal);
            _locationsByCompany[companyId] = locations;
        }

        return locations;
    }

    public ValueTask<LocalTime> ForTenantAsync(CancellationToken cancellationToken) =>
        ForCompanyAsync(
            tenant.CompanyId ?? throw new InvalidOperationException("No company is in scope: a tenant's local time needs one."),
            cancellationToken);
}
