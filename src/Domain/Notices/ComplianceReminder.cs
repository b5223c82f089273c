using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Employees;

namespace EmployerPortal.Domain.Notices;

public readonly record struct ComplianceReminderId(Guid Value)
{
    public static ComplianceReminderId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

/// <summary>
/// That one user was told one compliance item of one employee falls due on a date. One per user, item and due date:
/// the reminder sweep tells nobody twice, and a renewal (a later due date) is news again when it nears.
/// </summary>
public sealed class ComplianceReminder : AggregateRoot<ComplianceReminderId>
{
    /// <summary>How far ahead of a due date the reminder goes out: an item falls due "this month".</summary>
    public const int DaysAhead = 30;

    /// <summary>The due date a never-done item is told under (it is overdue from the start, and told once).</summary>
    public static readonly DateOnly NeverDone = DateOnly.MinValue;

    private ComplianceReminder()
    {
    }

    public CompanyId CompanyId { get; private set; }

    public PortalUserId UserId { get; private set; }

    public RosterEmployeeId EmployeeId { get; private set; }

    public ComplianceItemKind Kind { get; private set; }

    /// <summary>The item's due date when told, or <see cref="NeverDone"/>.</summary>
    public DateOnly DueOn { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    public static ComplianceReminder Sent(CompanyId companyId, PortalUserId userId, RosterEmployeeId employeeId, ComplianceItemKind kind, DateOnly? dueOn, DateTimeOffset now) =>
        new()
        {
            Id = ComplianceReminderId.New(),
            CompanyId = companyId,
            UserId = userId,
            EmployeeId = employeeId,
            Kind = kind,
            DueOn = dueOn ?? NeverDone,
            SentAt = now,
        };

    /// <summary>
    /// Whether an item due on <paramref name="dueOn"/> (null: never done) is reminded of on <paramref name="today"/>:
    /// never done, overdue, or due within <see cref="DaysAhead"/> days.
    /// </summary>
    public static bool IsDueForReminder(DateOnly? dueOn, DateOnly today) => dueOn is not { } due || due.DayNumber - today.DayNumber <= DaysAhead;

    /// <summary>Whether this reminder told of the item as it now stands (same employee, item and due date).</summary>
    public bool Told(RosterEmployeeId employeeId, ComplianceItemKind kind, DateOnly? dueOn) =>
        EmployeeId == employeeId && Kind == kind && DueOn == (dueOn ?? NeverDone);
}
