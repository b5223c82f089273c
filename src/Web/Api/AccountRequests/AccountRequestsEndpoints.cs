using EmployerPortal.Application.AccountRequests.Queries.ListAccountRequests;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EmployerPortal.Web.Api.AccountRequests;

/// <summary>Ops reads the requests prospects sent through the public "Request an account" form.</summary>
public static class AccountRequestsEndpoints
{
    public static RouteGroupBuilder MapAccountRequestsEndpoints(this RouteGroupBuilder ops)
    {
        ops.MapGet("/account-requests", ListAsync)
            .WithTags("Account requests")
            .WithName("ListAccountRequests")
            .WithSummary("List account requests, newest first")
            .WithDescription("Optional: since (ISO 8601 time, inclusive) and limit (1-500, default 100).")
            .ProducesValidationProblem();
        return ops;
    }

    private static async Task<Ok<IReadOnlyList<AccountRequestDto>>> ListAsync(
        DateTimeOffset? since, int? limit, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListAccountRequestsQuery(since, limit ?? ListAccountRequestsQuery.DefaultLimit), cancellationToken));
}
