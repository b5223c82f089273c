namespace EmployerPortal.Application.Audit;

/// <summary>Reads one company's audit trail (the writing side is <see cref="IAuditTrail"/>).</summary>
public interface IAuditTrailReader
{
    Task<int> CountAsync(AccessHistoryFilter filter, CancellationToken cancellationToken);

    /// <summary>Newest first, each entry's target named.</summary>
    Task<IReadOnlyList<AccessHistoryEntryDto>> ListAsync(AccessHistoryFilter filter, int skip, int take, CancellationToken cancellationToken);
}

/// <param name="Employee">The start of an employee's name ("Rivera", "Dana Riv"): entries about their results and authorizations.</param>
/// <param name="From">First day included (the company's local date).</param>
/// <param name="To">Last day included (the company's local date).</param>
public sealed record AccessHistoryFilter(Guid? UserId, string? Employee, string? Action, DateOnly? From, DateOnly? To);

/// <param name="What">What was touched, named for people ("Fit Test Results for Dana Rivera", "authorization A-123"), or null.</param>
public sealed record AccessHistoryEntryDto(
    DateTimeOffset At,
    Guid? UserId,
    string Who,
    string Action,
    string? What,
    string? Details,
    string? ClientAddress)
{
    public string ActionInWords => AuditActionNames.Describe(Action, Details);

    public string? DetailsInWords => AuditDetailsText.Describe(Action, Details);
}
