using EmployerPortal.Application.AccountRequests.Specifications;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Domain.AccountRequests;
using Mediator;

namespace EmployerPortal.Application.AccountRequests.Queries.ListAccountRequests;

/// <summary>Ops reads the requests from the public form, newest first.</summary>
[OpsClient(OpsScopes.AccountRequests)]
public sealed record ListAccountRequestsQuery(DateTimeOffset? Since = null, int Limit = ListAccountRequestsQuery.DefaultLimit) : IQuery<IReadOnlyList<AccountRequestDto>>
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;
}

public sealed class ListAccountRequestsHandler(IRepository<AccountRequest> requests)
    : IQueryHandler<ListAccountRequestsQuery, IReadOnlyList<AccountRequestDto>>
{
    public async ValueTask<IReadOnlyList<AccountRequestDto>> Handle(ListAccountRequestsQuery query, CancellationToken cancellationToken)
    {
        var found = await requests.ListAsync(new AccountRequestsForListSpec(query.Since, query.Limit), cancellationToken);
        return found.Select(AccountRequestDto.From).ToList();
    }
}
