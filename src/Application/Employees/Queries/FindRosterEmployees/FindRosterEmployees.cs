using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Employees.Specifications;
using EmployerPortal.Domain.Employees;
using FluentValidation;
using Mediator;

namespace EmployerPortal.Application.Employees.Queries.FindRosterEmployees;

/// <summary>
/// The authorization form's type-ahead: at most <see cref="FindRosterEmployeesHandler.MaxResults"/> active roster employees
/// of the user's company and locations whose name starts with the text typed.
/// </summary>
[RequiresPermission(Permission.CreateAuthorizations)]
public sealed record FindRosterEmployeesQuery(string? Name) : IQuery<IReadOnlyList<RosterSuggestion>>;

/// <summary>One suggestion: who it is (name, employee id, date of birth), to tell two people of the same name apart.</summary>
public sealed record RosterSuggestion(Guid Id, string Name, string EmployeeId, DateOnly DateOfBirth);

public sealed class FindRosterEmployeesHandler(IRepository<RosterEmployee> roster) : IQueryHandler<FindRosterEmployeesQuery, IReadOnlyList<RosterSuggestion>>
{
    public const int MaxResults = 10;

    public async ValueTask<IReadOnlyList<RosterSuggestion>> Handle(FindRosterEmployeesQuery query, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(query.Name))
        {
            return [];
        }

        var found = await roster.ListAsync(new RosterEmployeesByNamePrefixSpec(query.Name, MaxResults), cancellationToken);
        return [.. found.Select(e => new RosterSuggestion(e.Id.Value, $"{e.FirstName} {e.LastName}", e.EmployeeNumber, e.DateOfBirth))];
    }
}

public sealed class FindRosterEmployeesValidator : AbstractValidator<FindRosterEmployeesQuery>
{
    public FindRosterEmployeesValidator() =>
        RuleFor(q => q.Name).MaximumLength(100).WithMessage("Type at most 100 characters of the name.");
}
