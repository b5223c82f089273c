using EmployerPortal.Domain.Common;

namespace EmployerPortal.Application.Audit;

/// <summary>Reads one company's audit trail (the writing side is <see cref="IAuditTrail"/>).</summary>
public interface IAuditTrailReader
{
    Task<int> CountAsync(AccessHistoryFilter filter, CancellationToken cancellationToken);

    /// <summary>Newest first.</summary>
    Task<IReadOnlyList<AccessHistoryEntryDto>> ListAsync(AccessHistoryFilter filter, int skip, int take, CancellationToken cancellationToken);
}

/// <param name="From">First day included (the company's local date).</param>
/// <param name="To">Last day included (the company's local date).</param>
public sealed record AccessHistoryFilter(Guid? UserId, string? Action, DateOnly? From, DateOnly? To);

public sealed record AccessHistoryEntryDto(
    DateTimeOffset At,
    Guid? UserId,
    string Who,
    string Action,
    string? TargetType,
    string? TargetId,
    string? Target,
    string? Details,
    string? ClientAddress);
