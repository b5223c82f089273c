namespace EmployerPortal.Infrastructure.Audit;

/// <summary>One row of the append-only audit trail. Never updated, never deleted.</summary>
public sealed class AuditEntry
{
    public long Id { get; init; }

    public DateTimeOffset At { get; init; }

    public Guid? CompanyId { get; init; }

    public Guid? UserId { get; init; }

    /// <summary>Who acted when it was not an employer user: an ops client's key name, or "system".</summary>
    public string? Actor { get; init; }

    public required string Action { get; init; }

    public string? TargetType { get; init; }

    public string? TargetId { get; init; }

    public string? Details { get; init; }

    public string? ClientAddress { get; init; }
}
