using EmployerPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Infrastructure.Idempotency;

/// <summary>
/// Keeps the first answers of idempotent ops requests. A key is reserved before its request runs, so a retry racing
/// the first request waits for that answer instead of running the command a second time. Rows are written with
/// set-based statements, never through the request's change tracker (which holds the request's own changes).
/// </summary>
public interface IIdempotencyStore
{
    /// <summary>Reserves the key for this request, or returns the record another request already holds for it.</summary>
    Task<IdempotencyReservation> ReserveAsync(string clientName, string key, string requestHash, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Stores the answer of the request that reserved the key.</summary>
    Task CompleteAsync(long reservationId, int statusCode, string? contentType, string? location, byte[] body, CancellationToken cancellationToken);

    /// <summary>Gives the key up (the request failed and changed nothing): the next retry runs it afresh.</summary>
    Task ReleaseAsync(long reservationId, CancellationToken cancellationToken);

    /// <summary>The record of the key as it is now, answered or still pending.</summary>
    Task<IdempotencyRecord?> FindAsync(string clientName, string key, CancellationToken cancellationToken);
}

/// <summary>Either this request holds the key (<see cref="ReservationId"/>) or another one does (<see cref="Existing"/>).</summary>
public sealed record IdempotencyReservation(long? ReservationId, IdempotencyRecord? Existing);

internal sealed class IdempotencyStore(PortalDbContext db) : IIdempotencyStore
{
    /// <summary>A reservation left pending this long belongs to a request that died: the next retry takes it over.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(2);

    private IQueryable<IdempotencyRecord> Records => db.Set<IdempotencyRecord>().AsNoTracking();

    public async Task<IdempotencyReservation> ReserveAsync(string clientName, string key, string requestHash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var abandonedBefore = now - AbandonedAfter;
        await Records.Where(r => r.ClientName == clientName && r.Key == key && r.StatusCode == IdempotencyRecord.Pending && r.CreatedAt < abandonedBefore)
            .ExecuteDeleteAsync(cancellationToken);

        var reservation = IdempotencyRecord.Reserve(clientName, key, requestHash, now);
        var entry = db.Set<IdempotencyRecord>().Add(reservation);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new IdempotencyReservation(reservation.Id, null);
        }
        catch (DbUpdateException collision) when (UniqueKeyViolations.IsUniqueKeyViolation(collision))
        {
            return new IdempotencyReservation(null, await FindAsync(clientName, key, cancellationToken));
        }
        finally
        {
            entry.State = EntityState.Detached;
        }
    }

    public Task CompleteAsync(long reservationId, int statusCode, string? contentType, string? location, byte[] body, CancellationToken cancellationToken) =>
        Records.Where(r => r.Id == reservationId).ExecuteUpdateAsync(
            set => set
                .SetProperty(r => r.StatusCode, statusCode)
                .SetProperty(r => r.ContentType, contentType)
                .SetProperty(r => r.Location, location)
                .SetProperty(r => r.ResponseBody, body),
            cancellationToken);

    public Task ReleaseAsync(long reservationId, CancellationToken cancellationToken) =>
        Records.Where(r => r.Id == reservationId && r.StatusCode == IdempotencyRecord.Pending).ExecuteDeleteAsync(cancellationToken);

    public Task<IdempotencyRecord?> FindAsync(string clientName, string key, CancellationToken cancellationToken) =>
        Records.SingleOrDefaultAsync(r => r.ClientName == clientName && r.Key == key, cancellationToken);
}
