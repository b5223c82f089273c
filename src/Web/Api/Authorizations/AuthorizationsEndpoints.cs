using EmployerPortal.Application.Authorizations.Commands.CheckInAuthorization;
using EmployerPortal.Application.Authorizations.Queries.GetAuthorizationByNumber;
using Mediator;

namespace EmployerPortal.Web.Api.Authorizations;

/// <summary>The front desk's side of authorizations (DESIGN §7): verify by number, check in.</summary>
public static class AuthorizationsEndpoints
{
    public static RouteGroupBuilder MapAuthorizationsEndpoints(this RouteGroupBuilder ops)
    {
        var authorizations = ops.MapGroup("/authorizations").WithTags("Authorizations");

        authorizations.MapGet("/{number}", async (string number, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetAuthorizationByNumberQuery(number), cancellationToken)))
            .WithName("GetAuthorizationByNumber")
            .WithSummary("What the front desk verifies at check-in")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        authorizations.MapPost("/{number}/check-in", async (string number, CheckInRequest request, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new CheckInAuthorizationCommand(number, request.ExternalVisitId), cancellationToken)))
            .WithName("CheckInAuthorization")
            .WithSummary("Mark the authorization used by a visit")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return ops;
    }

    public sealed record CheckInRequest(string? ExternalVisitId);
}
