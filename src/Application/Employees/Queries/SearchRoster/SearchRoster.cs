using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Employees.Specifications;
using EmployerPortal.Domain.Employees;
using FluentValidation;
using Mediator;

namespace EmployerPortal.Application.Employees.Queries.SearchRoster;

/// <summary>The roster within the user's locations: name or employee id containing the text, at a location, by name.</summary>
[RequiresPermission(Permission.ViewRoster)]
public sealed record SearchRosterQuery(string? Text, string? LocationCode, int Page = 1) : IQuery<RosterPage>;

public sealed record RosterListItem(Guid Id, string EmployeeNumber, string Name, string? JobTitle, IReadOnlyList<string> LocationCodes, EmploymentStatus Status, IReadOnlyList<ComplianceProgram> Programs);

public sealed record RosterPage(IReadOnlyList<RosterListItem> Items, int TotalCount, int Page, int TotalPages);

public sealed class SearchRosterHandler(IRepository<RosterEmployee> roster) : IQueryHandler<SearchRosterQuery, RosterPage>
{
    public const int PageSize = 50;

    public async ValueTask<RosterPage> Handle(SearchRosterQuery query, CancellationToken cancellationToken)
    {
        var total = await roster.CountAsync(new RosterEmployeesForSearchSpec(query.Text, query.LocationCode), cancellationToken);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Min(query.Page, pages);
        var items = await roster.ListAsync(new RosterEmployeesForSearchSpec(query.Text, query.LocationCode, (page - 1) * PageSize, PageSize), cancellationToken);
        return new RosterPage(
            [.. items.Select(e => new RosterListItem(e.Id.Value, e.EmployeeNumber, $"{e.LastName}, {e.FirstName}", e.JobTitle, e.LocationCodes, e.Status, e.Programs))],
            total,
            page,
            pages);
    }
}

public sealed class SearchRosterValidator : AbstractValidator<SearchRosterQuery>
{
    public SearchRosterValidator()
    {
        RuleFor(q => q.Text).MaximumLength(100).WithMessage("A search can be at most 100 characters.");
        RuleFor(q => q.LocationCode).MaximumLength(10).WithMessage("A location code can be at most 10 characters.");
        RuleFor(q => q.Page).GreaterThan(0).WithMessage("Choose a page between 1 and 99,999.").LessThan(100_000).WithMessage("Choose a page between 1 and 99,999.");
    }
}
