using EmployerPortal.Domain.Common;
using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Infrastructure.Persistence;

namespace EmployerPortal.Infrastructure.Audit;

/// <summary>Adds audit entries to the current unit of work, so they commit (or not) with the change itself.</summary>
internal sealed class AuditTrail(PortalDbContext db, ICurrentUser currentUser, TimeProvider clock) : IAuditTrail
{
    public void Record(string action, string? targetType = null, string? targetId = null, string? details = null) =>
        Add(currentUser.CompanyId, action, targetType, targetId, details);

    public void Record(CompanyId companyId, string action, string? targetType = null, string? targetId = null, string? details = null) =>
        Add(companyId, action, targetType, targetId, details);

    private void Add(CompanyId? companyId, string action, string? targetType, string? targetId, string? details) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            CompanyId = companyId?.Value,
            UserId = currentUser.UserId?.Value,
            Actor = currentUser.Kind switch
            {
                ActorKind.OpsClient => $"ops:{currentUser.OpsClientName}",
                ActorKind.System => "system",
                ActorKind.Anonymous => "anonymous",
                _ => null,
            },
            Action = action,
            TargetType = targetType,
            TargetId = targetId,
            Details = details,
            ClientAddress = currentUser.ClientAddress,
        });
}
