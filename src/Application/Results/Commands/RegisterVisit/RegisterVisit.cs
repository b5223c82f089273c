using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Application.Results.Specifications;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Results;
using Mediator;

namespace EmployerPortal.Application.Results.Commands.RegisterVisit;

public sealed record VisitEmployeeInput(string? FirstName, string? LastName, DateOnly? DateOfBirth, string? EmployeeId)
{
    public Employee ToEmployee() =>
        new(FirstName!.Trim(), LastName!.Trim(), DateOfBirth!.Value, string.IsNullOrWhiteSpace(EmployeeId) ? null : EmployeeId.Trim());
}

/// <summary>Ops registers a visit booked at a clinic. Idempotent on the external visit id.</summary>
[OpsClient(OpsScopes.Visits)]
[AcrossCompanies("Ops registers visits for any company.")]
public sealed record RegisterVisitCommand(
    string? ExternalVisitId,
    string? CompanyAccountNumber,
    VisitEmployeeInput? Employee,
    string? Category,
    DateTimeOffset? ScheduledAt,
    string? Clinic,
    string? AuthorizationNumber,
    string? LocationCode = null) : ICommand<RegisteredVisit>;

/// <summary>
/// The visit as registered; <see cref="Created"/> is false when the same registration was sent before.
/// <see cref="Employee"/> says whether the visit joined a person the company already has visits of.
/// </summary>
public sealed record RegisteredVisit(Guid VisitId, string ExternalVisitId, string Status, bool Created, RegisteredVisitEmployee Employee, string LocationCode);

/// <summary>
/// Whether the employee is a person the company already has visits of (same employee id and date of birth, or
/// without an id the same name and date of birth); <see cref="Note"/> explains a separate person under a known id.
/// </summary>
public sealed record RegisteredVisitEmployee(bool MatchedExisting, string? Note)
{
    public static RegisteredVisitEmployee From(EmployeeMatch match, Employee employee) => match switch
    {
        EmployeeMatch.SamePerson => new(true, null),
        EmployeeMatch.EmployeeIdUsedByAnotherPerson => new(false,
            $"Employee id {employee.EmployeeId} is already used by a different person (date of birth differs); recorded as a separate person."),
        _ => new(false, null),
    };
}

public sealed class RegisterVisitHandler(
    IRepository<VisitResult> visits,
    IRepository<Company> companies,
    IResultReadModel readModel,
    TimeProvider clock) : ICommandHandler<RegisterVisitCommand, RegisteredVisit>
{
    public async ValueTask<RegisteredVisit> Handle(RegisterVisitCommand command, CancellationToken cancellationToken)
    {
        var company = await companies.FirstOrDefaultAsync(
            new CompanyByAccountNumberSpec(AccountNumber.From(command.CompanyAccountNumber!)), cancellationToken)
            ?? throw ValidationFailedException.ForField(nameof(command.CompanyAccountNumber), "No company has this account number.");

        var location = company.FindLocation(string.IsNullOrWhiteSpace(command.LocationCode) ? CompanyLocation.MainCode : command.LocationCode)
            ?? throw ValidationFailedException.ForField(nameof(command.LocationCode), $"Company {company.AccountNumber} has no location {command.LocationCode!.Trim()}; add it with POST /companies/{company.AccountNumber}/locations first.");
        var employee = command.Employee!.ToEmployee();
        var category = Enum.Parse<VisitCategory>(command.Category!, ignoreCase: true);
        var existing = await visits.FirstOrDefaultAsync(new VisitResultByExternalIdSpec(command.ExternalVisitId!), cancellationToken);
        if (existing is not null
            && !existing.IsSameRegistration(company.Id, employee, category, command.Clinic!, command.ScheduledAt!.Value, command.AuthorizationNumber))
        {
            throw new ConflictException($"Visit {existing.ExternalVisitId} was already registered with other details.");
        }

        var match = RegisteredVisitEmployee.From(
            await readModel.MatchEmployeeAsync(company.Id, employee, command.ExternalVisitId!, cancellationToken), employee);
        if (existing is not null)
        {
            return new RegisteredVisit(existing.Id.Value, existing.ExternalVisitId, existing.Status.ToString(), Created: false, match, existing.LocationCode);
        }

        var visit = VisitResult.Register(
            company.Id,
            command.ExternalVisitId!,
            employee,
            category,
            command.Clinic!,
            command.ScheduledAt!.Value,
            command.AuthorizationNumber,
            clock.GetUtcNow(),
            location.Code);
        visits.Add(visit);
        return new RegisteredVisit(visit.Id.Value, visit.ExternalVisitId, visit.Status.ToString(), Created: true, match, visit.LocationCode);
    }
}
