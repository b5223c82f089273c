using EmployerPortal.Domain.Common;

namespace EmployerPortal.Domain.InjuryCases;

public sealed class InjuryCaseClosesOnce(InjuryCaseStatus status) : IBusinessRule
{
    public string Message => "The case is already closed.";

    public bool IsBroken() => status == InjuryCaseStatus.Closed;
}

public sealed class WorkStatusCannotPrecedeTheInjury(DateOnly effectiveFrom, DateOnly injuryDate) : IBusinessRule
{
    public string Message => "The work status cannot take effect before the date of injury.";

    public bool IsBroken() => effectiveFrom < injuryDate;
}

public sealed class ClosedCaseTakesNoNewWorkStatus(InjuryCaseStatus status) : IBusinessRule
{
    public string Message => "The case is closed; reopen it before recording a new work status.";

    public bool IsBroken() => status == InjuryCaseStatus.Closed;
}

public sealed class OnlyAClosedCaseIsReopened(InjuryCaseStatus status) : IBusinessRule
{
    public string Message => "The case is open; only a closed case is reopened.";

    public bool IsBroken() => status != InjuryCaseStatus.Closed;
}

public sealed class InjuryDateCannotBeInTheFuture(DateOnly injuryDate, DateOnly today) : IBusinessRule
{
    public string Message => "The date of injury cannot be in the future.";

    public bool IsBroken() => injuryDate > today;
}

public sealed class ModifiedDutyNeedsARestriction(WorkStatus status, int restrictions) : IBusinessRule
{
    public string Message => "Modified duty needs at least one restriction.";

    public bool IsBroken() => status == WorkStatus.ModifiedDuty && restrictions == 0;
}

public sealed class OnlyModifiedDutyHasRestrictions(WorkStatus status, int restrictions) : IBusinessRule
{
    public string Message => $"Only modified duty has restrictions; {status} has none.";

    public bool IsBroken() => status != WorkStatus.ModifiedDuty && restrictions > 0;
}

public sealed class VisitJoinsTheCaseOfItsEmployee(Employee caseEmployee, Employee visitEmployee) : IBusinessRule
{
    public string Message => "The case belongs to another employee.";

    public bool IsBroken() =>
        !(string.Equals(caseEmployee.FirstName, visitEmployee.FirstName, StringComparison.OrdinalIgnoreCase)
          && string.Equals(caseEmployee.LastName, visitEmployee.LastName, StringComparison.OrdinalIgnoreCase)
          && caseEmployee.DateOfBirth == visitEmployee.DateOfBirth);
}

public sealed class VisitJoinsTheCaseOfItsLocation(string caseLocation, string visitLocation) : IBusinessRule
{
    public string Message => $"The case is at location {caseLocation}, not {visitLocation}.";

    public bool IsBroken() => !string.Equals(caseLocation, visitLocation, StringComparison.Ordinal);
}

public sealed class OshaDayCountIsAtMost180(int? days) : IBusinessRule
{
    public string Message => $"A day count is a whole number from 0 to {InjuryDayCounts.Cap} (OSHA stops counting at {InjuryDayCounts.Cap}).";

    public bool IsBroken() => days is < 0 or > InjuryDayCounts.Cap;
}
