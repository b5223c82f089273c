using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Security;
using Mediator;

namespace EmployerPortal.Application.Results.Queries.GetEmployeeResults;

/// <summary>Every visit and result of the employee seen at <see cref="VisitId"/>; another company's visit is not found.</summary>
[RequiresPermission(Permission.ViewResults)]
public sealed record GetEmployeeResultsQuery(Guid VisitId) : IQuery<EmployeeResultsDto>;

public sealed class GetEmployeeResultsHandler(IResultReadModel results, ICurrentUser currentUser)
    : IQueryHandler<GetEmployeeResultsQuery, EmployeeResultsDto>
{
    public async ValueTask<EmployeeResultsDto> Handle(GetEmployeeResultsQuery query, CancellationToken cancellationToken) =>
        await results.GetEmployeeResultsAsync(currentUser.RequireUserId(), query.VisitId, cancellationToken)
        ?? throw new NotFoundException("Employee");
}
