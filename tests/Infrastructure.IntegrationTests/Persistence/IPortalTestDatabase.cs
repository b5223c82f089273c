using EmployerPortal.Application.Common.Security;
using EmployerPortal.Infrastructure.Persistence;

namespace EmployerPortal.Infrastructure.IntegrationTests.Persistence;

/// <summary>A real database with the real migrations applied (SQLite here, PostgreSQL in the PostgreSQL lane), removed afterwards.</summary>
public interface IPortalTestDatabase : IAsyncLifetime
{
    /// <summary>A context configured as the host configures it, outside any tenant: it sees every company.</summary>
    PortalDbContext CreatePortalContext();

    /// <summary>A context whose query filters follow this tenant, as a request's does.</summary>
    PortalDbContext CreatePortalContext(ITenantContext tenant);
}
