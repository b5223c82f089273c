using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Common.Time;
using EmployerPortal.Application.Employees.Specifications;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Employees;
using Mediator;

namespace EmployerPortal.Application.Employees.Commands.SaveRosterEmployee;

/// <summary>An Admin adds one employee by hand (<see cref="Id"/> null) or edits one; the employee id of an existing one stays.</summary>
[RequiresPermission(Permission.ManageRoster)]
public sealed record SaveRosterEmployeeCommand(Guid? Id, RosterEmployeeInput Input) : ICommand<Guid>;

public sealed class SaveRosterEmployeeHandler(
    IRepository<RosterEmployee> roster,
    IRepository<Company> companies,
    ICurrentUser currentUser,
    ICompanyClock clocks) : ICommandHandler<SaveRosterEmployeeCommand, Guid>
{
    public async ValueTask<Guid> Handle(SaveRosterEmployeeCommand command, CancellationToken cancellationToken)
    {
        var existing = command.Id is { } id
            ? await roster.FirstOrDefaultAsync(new RosterEmployeeByIdSpec(new RosterEmployeeId(id)), cancellationToken) ?? throw new NotFoundException("Employee")
            : null;
        var input = existing is null ? command.Input : command.Input with { EmployeeId = existing.EmployeeNumber };
        var codes = await RosterLocations.CodesTheUserManagesAsync(companies, currentUser, cancellationToken);
        var checks = new RosterEmployeeInputValidator(codes).Validate(input);
        if (!checks.IsValid)
        {
            throw new ValidationFailedException(checks.Errors.GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray()));
        }

        var details = input.ToDetails();
        var today = (await clocks.ForTenantAsync(cancellationToken)).Today;
        try
        {
            if (existing is not null)
            {
                existing.Update(details, today);
                return existing.Id.Value;
            }

            if (await roster.AnyAsync(new RosterNumbersTakenSpec([RosterEmployee.NormalizeNumber(details.EmployeeNumber)]), cancellationToken))
            {
                throw ValidationFailedException.ForField(nameof(RosterEmployeeInput.EmployeeId), $"Employee id {RosterEmployee.NormalizeNumber(details.EmployeeNumber)} is already on the roster; edit that employee instead.");
            }

            var added = RosterEmployee.Add(currentUser.RequireCompanyId(), details, today);
            roster.Add(added);
            return added.Id.Value;
        }
        catch (BusinessRuleViolationException broken) when (RosterRuleFields.FieldOf(broken.RuleName) is { } field)
        {
            throw ValidationFailedException.ForField(field, broken.Message);
        }
    }
}
