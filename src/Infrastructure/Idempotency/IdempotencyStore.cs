using EmployerPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Infrastructure.Idempotency;

/// <summary>Keeps the first answers of idempotent ops requests.</summary>
public interface IIdempotencyStore
{
    Task<IdempotencyRecord?> FindAsync(string clientName, string key, CancellationToken cancellationToken);

    /// <summary>Stores the answer; when a concurrent request with the same key stored first, keeps that one.</summary>
    Task SaveAsync(IdempotencyRecord record, CancellationToken cancellationToken);
}

internal sealed class IdempotencyStore(PortalDbContext db) : IIdempotencyStore
{
    public Task<IdempotencyRecord?> FindAsync(string clientName, string key, CancellationToken cancellationToken) =>
        db.Set<IdempotencyRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.ClientName == clientName && r.Key == key, cancellationToken);

    public async Task SaveAsync(IdempotencyRecord record, CancellationToken cancellationToken)
    {
        var entry = db.Set<IdempotencyRecord>().Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            entry.State = EntityState.Detached;
        }
    }
}
