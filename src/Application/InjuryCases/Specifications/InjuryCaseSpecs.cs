using Ardalis.Specification;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.InjuryCases;

namespace EmployerPortal.Application.InjuryCases.Specifications;

/// <summary>A case by the clinic system's id, within the company the scope is narrowed to.</summary>
public sealed class InjuryCaseByExternalIdSpec : SingleResultSpecification<InjuryCase>
{
    public InjuryCaseByExternalIdSpec(string externalCaseId) => Query.Where(c => c.ExternalCaseId == externalCaseId.Trim());
}

/// <summary>The case a visit belongs to.</summary>
public sealed class InjuryCaseByVisitSpec : SingleResultSpecification<InjuryCase>
{
    public InjuryCaseByVisitSpec(VisitResultId visitId) => Query.Where(c => c.Visits.Any(v => v.VisitResultId == visitId));
}

/// <summary>The cases the given visits belong to (a report names each visit's case).</summary>
public sealed class InjuryCasesOfVisitsSpec : Specification<InjuryCase>
{
    public InjuryCasesOfVisitsSpec(IReadOnlyCollection<VisitResultId> visitIds) =>
        Query.Where(c => c.Visits.Any(v => visitIds.Contains(v.VisitResultId))).AsNoTracking();
}

public sealed class InjuryCaseByIdSpec : SingleResultSpecification<InjuryCase>
{
    public InjuryCaseByIdSpec(InjuryCaseId id) => Query.Where(c => c.Id == id);
}

/// <summary>Cases by id (the notice sweep names their locations).</summary>
public sealed class InjuryCasesByIdsSpec : Specification<InjuryCase>
{
    public InjuryCasesByIdsSpec(IReadOnlyCollection<InjuryCaseId> ids) => Query.Where(c => ids.Contains(c.Id)).AsNoTracking();
}

/// <summary>The cases the tenant sees, narrowed by location and case status; the work status is read from each history.</summary>
public sealed class InjuryCasesForListSpec : Specification<InjuryCase>
{
    public InjuryCasesForListSpec(string? locationCode, InjuryCaseStatus? status)
    {
        if (!string.IsNullOrWhiteSpace(locationCode))
        {
            var code = locationCode.Trim().ToUpperInvariant();
            Query.Where(c => c.LocationCode == code);
        }

        if (status is not null)
        {
            Query.Where(c => c.Status == status);
        }

        Query.AsNoTracking();
    }
}

/// <summary>The cases of one location injured in one calendar year: the OSHA establishment's log.</summary>
public sealed class InjuryCasesForOshaYearSpec : Specification<InjuryCase>
{
    public InjuryCasesForOshaYearSpec(string locationCode, int year)
    {
        var code = locationCode.Trim().ToUpperInvariant();
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        Query.Where(c => c.LocationCode == code && c.Details.InjuryDate >= from && c.Details.InjuryDate <= to)
            .OrderBy(c => c.Details.InjuryDate).ThenBy(c => c.ExternalCaseId)
            .AsNoTracking();
    }
}

/// <summary>The establishment details of one location for one calendar year.</summary>
public sealed class OshaEstablishmentByLocationYearSpec : SingleResultSpecification<OshaEstablishment>
{
    public OshaEstablishmentByLocationYearSpec(string locationCode, int year)
    {
        var code = locationCode.Trim().ToUpperInvariant();
        Query.Where(e => e.LocationCode == code && e.Year == year);
    }
}

/// <summary>The roster entry of a case's employee (same employee id and date of birth), within the user's scope: the 301's date hired.</summary>
public sealed class RosterEntryOfCaseEmployeeSpec : SingleResultSpecification<Domain.Employees.RosterEmployee>
{
    public RosterEntryOfCaseEmployeeSpec(string employeeNumber, DateOnly dateOfBirth)
    {
        var number = Domain.Employees.RosterEmployee.NormalizeNumber(employeeNumber);
        Query.Where(e => e.EmployeeNumber == number && e.DateOfBirth == dateOfBirth).AsNoTracking();
    }
}

/// <summary>
/// The open cases at a location of an employee born on that date for an injury on that day: the cases a visit made with an
/// injury authorization may join (names and the other details are compared by the case's own rules).
/// </summary>
public sealed class OpenInjuryCasesOfEmployeeSpec : Specification<InjuryCase>
{
    public OpenInjuryCasesOfEmployeeSpec(string locationCode, DateOnly dateOfBirth, DateOnly injuryDate)
    {
        var code = locationCode.Trim().ToUpperInvariant();
        Query.Where(c => c.LocationCode == code && c.Status == InjuryCaseStatus.Open && c.Employee.DateOfBirth == dateOfBirth && c.Details.InjuryDate == injuryDate)
            .OrderBy(c => c.OpenedAt);
    }
}
