using Ardalis.Specification;
using EmployerPortal.Domain.AccountRequests;

namespace EmployerPortal.Application.AccountRequests.Specifications;

/// <summary>Account requests submitted at or after a time (all when none), newest first.</summary>
public sealed class AccountRequestsForListSpec : Specification<AccountRequest>
{
    public AccountRequestsForListSpec(DateTimeOffset? since, int take)
    {
        if (since is { } from)
        {
            Query.Where(r => r.SubmittedAt >= from);
        }

        Query.OrderByDescending(r => r.SubmittedAt).Take(take);
    }
}
