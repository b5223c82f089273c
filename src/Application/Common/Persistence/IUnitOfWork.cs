namespace EmployerPortal.Application.Common.Persistence;

/// <summary>Commits the changes of the current scope in one transaction, then dispatches their domain events.</summary>
public interface IUnitOfWork
{
    Task SaveChangesAsync(CancellationToken cancellationToken);
}
