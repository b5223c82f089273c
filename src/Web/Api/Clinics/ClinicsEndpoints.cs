using EmployerPortal.Application.Authorizations.Clinics;
using EmployerPortal.Application.Common.Addresses;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EmployerPortal.Web.Api.Clinics;

/// <summary>The provider's clinic directory: ops keeps it; the authorization form offers it.</summary>
public static class ClinicsEndpoints
{
    public static RouteGroupBuilder MapClinicsEndpoints(this RouteGroupBuilder ops)
    {
        var clinics = ops.MapGroup("/clinics").WithTags("Clinics");

        clinics.MapPut("/{code}", PutAsync)
            .WithName("PutClinic")
            .WithSummary("Add or change a clinic of the directory: name, address, phone, hours, services (catalog codes), time zone")
            .WithDescription("An idempotent upsert by code: the same body again changes nothing. Authorizations made afterwards print the clinic's address and hours; earlier ones keep what they printed.")
            .ProducesValidationProblem();

        clinics.MapGet("/{code}", GetAsync)
            .WithName("GetClinic")
            .WithSummary("One clinic of the directory")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return ops;
    }

    private static async Task<Ok<ClinicDto>> PutAsync(string code, ClinicRequest request, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(
            new PutClinicCommand(code, request.Name, request.Address, request.Phone, request.Hours, request.TimeZone, request.Services), cancellationToken));

    private static async Task<Ok<ClinicDto>> GetAsync(string code, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetClinicQuery(code), cancellationToken));
}

/// <summary>A clinic as ops sends it; its code is in the route.</summary>
public sealed record ClinicRequest(string? Name, AddressInput? Address, string? Phone, string? Hours, string? TimeZone, IReadOnlyList<string>? Services);
