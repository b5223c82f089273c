using EmployerPortal.Application.Common.Persistence;
using Ardalis.Specification;
using EmployerPortal.Application.Results;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Employees;
using EmployerPortal.Domain.Results;

namespace EmployerPortal.Application.Employees.Specifications;

/// <summary>One employee of the roster, within the user's scope.</summary>
public sealed class RosterEmployeeByIdSpec : SingleResultSpecification<RosterEmployee>
{
    public RosterEmployeeByIdSpec(RosterEmployeeId id) => Query.Where(e => e.Id == id);
}

/// <summary>The whole roster within the user's scope (an import compares its rows with it; compliance walks it).</summary>
public sealed class RosterEmployeesSpec : Specification<RosterEmployee>
{
    public RosterEmployeesSpec(bool activeOnly = false)
    {
        if (activeOnly)
        {
            Query.Where(e => e.Status == EmploymentStatus.Active);
        }

        Query.OrderBy(e => e.LastName).ThenBy(e => e.FirstName).ThenBy(e => e.EmployeeNumber);
    }
}

/// <summary>The roster list: name or employee id containing the text, at a location, a page of it, by name.</summary>
public sealed class RosterEmployeesForSearchSpec : Specification<RosterEmployee>
{
    public RosterEmployeesForSearchSpec(string? text, string? locationCode, int skip = 0, int take = int.MaxValue)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            var name = EmployeeNameKey.Normalize(text);
            var number = text.Trim().ToUpperInvariant();
            Query.Where(e => (name.Length > 0 && (EmployeeNameKey.Normalize(e.FirstName + " " + e.LastName).Contains(name)
                    || EmployeeNameKey.Normalize(e.LastName + " " + e.FirstName).Contains(name)))
                || e.EmployeeNumber.Contains(number));
        }

        if (!string.IsNullOrWhiteSpace(locationCode))
        {
            var code = locationCode.Trim().ToUpperInvariant();
            Query.Where(e => e.LocationCodes.Contains(code));
        }

        Query.OrderBy(e => e.LastName).ThenBy(e => e.FirstName).ThenBy(e => e.EmployeeNumber).Skip(skip).Take(take);
    }
}

/// <summary>The visits of one person (same employee id and date of birth), newest first, with their documents.</summary>
public sealed class VisitsOfRosterEmployeeSpec : Specification<VisitResult>
{
    public VisitsOfRosterEmployeeSpec(string employeeNumber, DateOnly dateOfBirth)
    {
        var number = RosterEmployee.NormalizeNumber(employeeNumber);
        Query.Where(v => v.Employee.EmployeeId != null && v.Employee.EmployeeId.ToUpper() == number && v.Employee.DateOfBirth == dateOfBirth)
            .Include(v => v.Documents)
            .OrderByDescending(v => v.ScheduledAt)
            .AsNoTracking();
    }
}

/// <summary>The authorizations of one person (same employee id and date of birth), newest first.</summary>
public sealed class AuthorizationsOfRosterEmployeeSpec : Specification<Authorization>
{
    public AuthorizationsOfRosterEmployeeSpec(string employeeNumber, DateOnly dateOfBirth)
    {
        var number = RosterEmployee.NormalizeNumber(employeeNumber);
        Query.Where(a => a.Employee.EmployeeId != null && a.Employee.EmployeeId.ToUpper() == number && a.Employee.DateOfBirth == dateOfBirth)
            .OrderByDescending(a => a.CreatedAt)
            .AsNoTracking();
    }
}

/// <summary>Visits with a document that renews a compliance item (a MEC card, a fit test…), with those documents.</summary>
public sealed class VisitsWithRenewingResultsSpec : Specification<VisitResult>
{
    public VisitsWithRenewingResultsSpec()
    {
        var types = ComplianceRules.RenewingResultTypes.ToList();
        Query.Where(v => v.Employee.EmployeeId != null && v.Documents.Any(d => types.Contains(d.Type)))
            .Include(v => v.Documents)
            .AsNoTracking()
            .AsSplitQuery();
    }
}

/// <summary>
/// Which of these employee ids the company's roster already has, at any location: an id is unique in the company, so a
/// location-scoped Admin cannot add a second employee under an id used at a location they do not see.
/// </summary>
public sealed class RosterNumbersTakenSpec : Specification<RosterEmployee>, IWholeCompanySpecification
{
    public RosterNumbersTakenSpec(IReadOnlyCollection<string> employeeNumbers) => Query.Where(e => employeeNumbers.Contains(e.EmployeeNumber));
}

/// <summary>
/// The authorization form's roster type-ahead: active employees whose name ("First Last" or "Last First", case and accent
/// folded) starts with the text, within the user's scope, at most <paramref name="take"/>, by name.
/// </summary>
public sealed class RosterEmployeesByNamePrefixSpec : Specification<RosterEmployee>
{
    public RosterEmployeesByNamePrefixSpec(string text, int take)
    {
        var name = EmployeeNameKey.Normalize(text);
        Query.Where(e => e.Status == EmploymentStatus.Active && name.Length > 0
                && (EmployeeNameKey.Normalize(e.FirstName + " " + e.LastName).StartsWith(name) || EmployeeNameKey.Normalize(e.LastName + " " + e.FirstName).StartsWith(name)))
            .OrderBy(e => e.LastName).ThenBy(e => e.FirstName).ThenBy(e => e.EmployeeNumber)
            .Take(take)
            .AsNoTracking();
    }
}
