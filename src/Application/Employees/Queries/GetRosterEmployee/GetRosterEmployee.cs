using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Common.Time;
using EmployerPortal.Application.Employees.Compliance;
using EmployerPortal.Application.Employees.Specifications;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Employees;
using EmployerPortal.Domain.Results;
using Mediator;

namespace EmployerPortal.Application.Employees.Queries.GetRosterEmployee;

/// <summary>Everything about one employee in one place: details, compliance, visits and their results, authorizations.</summary>
[RequiresPermission(Permission.ViewRoster)]
public sealed record GetRosterEmployeeQuery(Guid Id) : IQuery<RosterEmployeeDto>;

public sealed record RosterEmployeeDto(
    Guid Id,
    RosterEmployeeInput Fields,
    string Name,
    EmploymentStatus Status,
    IReadOnlyList<ComplianceProgram> Programs,
    IReadOnlyList<string> LocationCodes,
    DateOnly Today,
    IReadOnlyList<ComplianceRow> Compliance,
    IReadOnlyList<EmployeeVisitDto> Visits,
    IReadOnlyList<EmployeeAuthorizationDto> Authorizations);

public sealed record EmployeeVisitDto(Guid Id, DateTimeOffset ScheduledAt, string LocationCode, string Clinic, VisitCategory Category, VisitStatus Status, IReadOnlyList<EmployeeDocumentDto> Documents);

public sealed record EmployeeDocumentDto(Guid Id, string Title, DateTimeOffset ReceivedAt, ResultOutcome? Outcome, DateOnly? ExpiresOn);

public sealed record EmployeeAuthorizationDto(Guid Id, string Number, AuthorizationReason Reason, AuthorizationStatus Status, DateTimeOffset CreatedAt, DateOnly ValidUntil);

public sealed class GetRosterEmployeeHandler(
    IRepository<RosterEmployee> roster,
    IRepository<VisitResult> visits,
    IRepository<Authorization> authorizations,
    IRepository<Domain.Companies.Company> companies,
    ICompanyClock clocks) : IQueryHandler<GetRosterEmployeeQuery, RosterEmployeeDto>
{
    public async ValueTask<RosterEmployeeDto> Handle(GetRosterEmployeeQuery query, CancellationToken cancellationToken)
    {
        var employee = await roster.FirstOrDefaultAsync(new RosterEmployeeByIdSpec(new RosterEmployeeId(query.Id)), cancellationToken)
            ?? throw new NotFoundException("Employee");
        var local = await clocks.ForCompanyAsync(employee.CompanyId, cancellationToken);
        var zones = await clocks.ForLocationsAsync(employee.CompanyId, cancellationToken);
        var today = local.Today;
        var theirVisits = await visits.ListAsync(new VisitsOfRosterEmployeeSpec(employee.EmployeeNumber, employee.DateOfBirth), cancellationToken);
        var evidence = theirVisits.SelectMany(v => ComplianceLedger.EvidenceOf(v, zones.TryGetValue(v.LocationCode, out var zone) ? zone : local));
        var theirAuthorizations = await authorizations.ListAsync(new AuthorizationsOfRosterEmployeeSpec(employee.EmployeeNumber, employee.DateOfBirth), cancellationToken);
        var now = local.Now;
        return new RosterEmployeeDto(
            employee.Id.Value,
            RosterEmployeeInput.From(employee),
            employee.FullName,
            employee.Status,
            employee.Programs,
            employee.LocationCodes,
            today,
            ComplianceLedger.RowsOf(employee, evidence, today, await ComplianceLedger.PolicyAsync(companies, cancellationToken)),
            [.. theirVisits.Select(v => new EmployeeVisitDto(
                v.Id.Value,
                v.ScheduledAt,
                v.LocationCode,
                v.Clinic,
                v.Category,
                v.Status,
                [.. v.Documents.OrderByDescending(d => d.ReceivedAt).Select(d => new EmployeeDocumentDto(d.Id.Value, d.Title, d.ReceivedAt, d.Outcome, d.ExpiresOn))]))],
            [.. theirAuthorizations.Select(a => new EmployeeAuthorizationDto(a.Id.Value, a.Number.Display, a.Reason, a.StatusAt(now), a.CreatedAt, a.ValidUntil))]);
    }
}

/// <summary>Who an authorization for a roster employee is for: what the new authorization form fills in.</summary>
[RequiresPermission(Permission.CreateAuthorizations)]
public sealed record GetRosterEmployeeContactQuery(Guid Id) : IQuery<RosterEmployeeContactDto>;

public sealed record RosterEmployeeContactDto(string FirstName, string LastName, DateOnly DateOfBirth, string EmployeeId, string? Email, string? Phone, IReadOnlyList<string> LocationCodes);

public sealed class GetRosterEmployeeContactHandler(IRepository<RosterEmployee> roster) : IQueryHandler<GetRosterEmployeeContactQuery, RosterEmployeeContactDto>
{
    public async ValueTask<RosterEmployeeContactDto> Handle(GetRosterEmployeeContactQuery query, CancellationToken cancellationToken)
    {
        var employee = await roster.FirstOrDefaultAsync(new RosterEmployeeByIdSpec(new RosterEmployeeId(query.Id)), cancellationToken)
            ?? throw new NotFoundException("Employee");
        return new RosterEmployeeContactDto(employee.FirstName, employee.LastName, employee.DateOfBirth, employee.EmployeeNumber, employee.Email, employee.Phone, employee.LocationCodes);
    }
}
