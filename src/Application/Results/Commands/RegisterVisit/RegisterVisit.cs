using EmployerPortal.Application.Authorizations.Specifications;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Common.Time;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Application.InjuryCases;
using EmployerPortal.Application.InjuryCases.Specifications;
using EmployerPortal.Application.Results.Specifications;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.InjuryCases;
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
    string? LocationCode = null,
    InjuryCaseInput? InjuryCase = null) : ICommand<RegisteredVisit>;

/// <summary>
/// The visit as registered; <see cref="Created"/> is false when the same registration was sent before.
/// <see cref="Employee"/> says whether the visit joined a person the company already has visits of.
/// <see cref="InjuryCase"/> is the case the visit belongs to, when it is an injury visit of a case.
/// </summary>
public sealed record RegisteredVisit(Guid VisitId, string ExternalVisitId, string Status, bool Created, RegisteredVisitEmployee Employee, string LocationCode, RegisteredVisitCase? InjuryCase = null);

/// <summary>The case a visit joined: <see cref="Opened"/> when this visit was its first mention.</summary>
public sealed record RegisteredVisitCase(Guid InjuryCaseId, string ExternalCaseId, string Status, bool Opened);

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
    IRepository<InjuryCase> injuryCases,
    IRepository<Domain.Authorizations.Authorization> authorizations,
    IResultReadModel readModel,
    ITenantContext tenant,
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
        if (command.InjuryCase is not null && category != VisitCategory.Injury)
        {
            throw ValidationFailedException.ForField(nameof(command.InjuryCase), "Only an injury visit belongs to an injury case: send category Injury, or leave injuryCase out.");
        }

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
            var existingCase = await JoinCaseAsync(company, location, existing, command.InjuryCase, cancellationToken);
            return new RegisteredVisit(existing.Id.Value, existing.ExternalVisitId, existing.Status.ToString(), Created: false, match, existing.LocationCode, existingCase);
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
        var joined = await JoinCaseAsync(company, location, visit, command.InjuryCase, cancellationToken);
        visits.Add(visit);
        return new RegisteredVisit(visit.Id.Value, visit.ExternalVisitId, visit.Status.ToString(), Created: true, match, visit.LocationCode, joined);
    }

    /// <summary>
    /// The visit joins the case it names, opened on its first mention. A visit already in a case stays there: naming
    /// another case, or details that contradict the case (another date of injury, employee or location), is a conflict.
    /// A visit that names no case keeps the case it has.
    /// </summary>
    private async Task<RegisteredVisitCase?> JoinCaseAsync(
        Company company, CompanyLocation location, VisitResult visit, InjuryCaseInput? input, CancellationToken cancellationToken)
    {
        using var scope = tenant.ForCompany(company.Id);
        var current = await injuryCases.FirstOrDefaultAsync(new InjuryCaseByVisitSpec(visit.Id), cancellationToken);
        if (input is null && current is null && visit.Category == VisitCategory.Injury)
        {
            return await JoinCaseOfAuthorizationAsync(company, location, visit, cancellationToken);
        }

        if (input is null)
        {
            return current is null ? null : new RegisteredVisitCase(current.Id.Value, current.ExternalCaseId, current.Status.ToString(), Opened: false);
        }

        var externalCaseId = input.ExternalCaseId!.Trim();
        if (current is not null && !string.Equals(current.ExternalCaseId, externalCaseId, StringComparison.Ordinal))
        {
            throw new ConflictException($"Visit {visit.ExternalVisitId} already belongs to case {current.ExternalCaseId}.");
        }

        var details = input.ToDetails();
        var now = clock.GetUtcNow();
        var injuryCase = current ?? await injuryCases.FirstOrDefaultAsync(new InjuryCaseByExternalIdSpec(externalCaseId), cancellationToken);
        var opened = injuryCase is null;
        if (injuryCase is null)
        {
            var today = new LocalTime(location.TimeZone, clock).Today;
            try
            {
                injuryCase = InjuryCase.Open(company.Id, location.Code, externalCaseId, visit.Employee, details, today, now);
            }
            catch (BusinessRuleViolationException broken) when (broken.BrokenRule is InjuryDateCannotBeInTheFuture)
            {
                throw ValidationFailedException.ForField($"{nameof(RegisterVisitCommand.InjuryCase)}.{nameof(InjuryCaseInput.InjuryDate)}", broken.Message);
            }

            injuryCases.Add(injuryCase);
        }
        else if (!injuryCase.IsConsistentWith(details))
        {
            throw new ConflictException($"Case {injuryCase.ExternalCaseId} was registered with other injury details.");
        }

        injuryCase.AddVisit(visit.Id, visit.Employee, visit.LocationCode, details, now);
        return new RegisteredVisitCase(injuryCase.Id.Value, injuryCase.ExternalCaseId, injuryCase.Status.ToString(), opened);
    }

    /// <summary>
    /// An injury visit that names no case but carries the number of the company's injury authorization joins the case
    /// of that injury: the one opened for the authorization before, else an open case of the employee at the visit's
    /// location whose details agree with the authorization's (the case's join rules), else a new case with them
    /// (<c>AUTH-{number}</c>). Any other number, or a non-injury authorization, joins nothing.
    /// </summary>
    private async Task<RegisteredVisitCase?> JoinCaseOfAuthorizationAsync(Company company, CompanyLocation location, VisitResult visit, CancellationToken cancellationToken)
    {
        if (!Domain.Authorizations.AuthorizationNumber.TryParse(visit.AuthorizationNumber, out var number)
            || await authorizations.FirstOrDefaultAsync(new AuthorizationByNumberSpec(number), cancellationToken) is not { Injury: { } injury } authorization
            || authorization.CompanyId != company.Id)
        {
            return null;
        }

        var details = new InjuryDetails(
            injury.DateOfInjury,
            injury.TimeOfInjury,
            injury.BodyPart,
            injury.ClaimNumber,
            Description: injury.Description.Length > MaxCaseDescriptionLength ? injury.Description[..MaxCaseDescriptionLength] : injury.Description);
        var externalCaseId = $"AUTH-{number.Value}";
        var now = clock.GetUtcNow();
        var injuryCase = await injuryCases.FirstOrDefaultAsync(new InjuryCaseByExternalIdSpec(externalCaseId), cancellationToken);
        if (injuryCase is null)
        {
            var candidates = await injuryCases.ListAsync(new OpenInjuryCasesOfEmployeeSpec(location.Code, visit.Employee.DateOfBirth, details.InjuryDate), cancellationToken);
            injuryCase = candidates.FirstOrDefault(c => !new VisitJoinsTheCaseOfItsEmployee(c.Employee, visit.Employee).IsBroken() && c.IsConsistentWith(details));
        }

        var opened = injuryCase is null;
        if (injuryCase is null)
        {
            injuryCase = InjuryCase.Open(company.Id, location.Code, externalCaseId, visit.Employee, details, new LocalTime(location.TimeZone, clock).Today, now);
            injuryCases.Add(injuryCase);
        }
        else if (new VisitJoinsTheCaseOfItsEmployee(injuryCase.Employee, visit.Employee).IsBroken()
                 || new VisitJoinsTheCaseOfItsLocation(injuryCase.LocationCode, visit.LocationCode).IsBroken())
        {
            return null; // the authorization's case is another person's or another location's: the visit stays out of it
        }

        injuryCase.AddVisit(visit.Id, visit.Employee, visit.LocationCode, details, now);
        return new RegisteredVisitCase(injuryCase.Id.Value, injuryCase.ExternalCaseId, injuryCase.Status.ToString(), opened);
    }

    /// <summary>The longest description a case keeps (the authorization's may be longer).</summary>
    private const int MaxCaseDescriptionLength = 500;
}
