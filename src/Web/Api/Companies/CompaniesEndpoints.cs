using EmployerPortal.Application.Authorizations.Packages;
using EmployerPortal.Application.Common.Addresses;
using EmployerPortal.Application.Companies.Commands.ChangeCompanySettings;
using EmployerPortal.Application.Companies.Commands.ProvisionCompany;
using EmployerPortal.Application.Companies.Locations;
using EmployerPortal.Application.Companies.Queries.GetCompany;
using EmployerPortal.Application.Companies.Queries.GetCompanyAccount;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Results;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EmployerPortal.Web.Api.Companies;

/// <summary>Ops endpoints of DESIGN §7 for companies: provision, read, change settings.</summary>
public static class CompaniesEndpoints
{
    public static RouteGroupBuilder MapCompaniesEndpoints(this RouteGroupBuilder ops)
    {
        var companies = ops.MapGroup("/companies").WithTags("Companies");

        companies.MapPost("", ProvisionAsync)
            .WithName("ProvisionCompany")
            .WithSummary("Provision a company and invite its first Admin")
            .WithDescription("The first Admin is created as an invited user; the invitation email is sent by the users module.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        companies.MapGet("/{accountNumber}", GetAsync)
            .WithName("GetCompany")
            .WithSummary("Read a company by its account number")
            .ProducesProblem(StatusCodes.Status404NotFound);

        companies.MapPut("/{accountNumber}/settings", ChangeSettingsAsync)
            .WithName("ChangeCompanySettings")
            .WithSummary("Suspend or reactivate a company, set its drug-screen portal link and non-standard result types")
            .WithDescription("A suspended company's users cannot sign in.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        companies.MapPost("/{accountNumber}/locations", AddLocationAsync)
            .WithName("AddLocation")
            .WithSummary("Add a location: code, name, phone, address, timeZone (the state's when absent), specialInstructions")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        companies.MapGet("/{accountNumber}/locations", ListLocationsAsync)
            .WithName("ListLocations")
            .WithSummary("List a company's locations; every company has its main location MAIN, made at provisioning")
            .ProducesProblem(StatusCodes.Status404NotFound);

        companies.MapPut("/{accountNumber}/locations/{code}", UpdateLocationAsync)
            .WithName("UpdateLocation")
            .WithSummary("Change a location's name, phone, address, time zone or instructions")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        companies.MapPut("/{accountNumber}/packages/{code}", PutPackageAsync)
            .WithName("PutServicePackage")
            .WithSummary("Define or change a company's custom service package: name, services (catalog codes), instructions")
            .WithDescription("An idempotent upsert by code: the same body again changes nothing. The package is offered first on the company's authorization form.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        companies.MapGet("/{accountNumber}/packages", ListPackagesAsync)
            .WithName("ListServicePackages")
            .WithSummary("List a company's custom service packages by name")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return ops;
    }

    private static async Task<Ok<ServicePackageDto>> PutPackageAsync(string accountNumber, string code, ServicePackageRequest request, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new PutServicePackageCommand(accountNumber, code, request.Name, request.Services, request.Instructions), cancellationToken));

    private static async Task<Ok<IReadOnlyList<ServicePackageDto>>> ListPackagesAsync(string accountNumber, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListServicePackagesQuery(accountNumber), cancellationToken));

    private static async Task<Created<LocationDto>> AddLocationAsync(string accountNumber, LocationRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var added = await sender.Send(
            new AddLocationCommand(accountNumber, request.Code, request.Name, request.Address, request.Phone, request.TimeZone, request.SpecialInstructions),
            cancellationToken);
        return TypedResults.Created($"{OpsApi.BasePath}/companies/{accountNumber}/locations/{added.Code}", added);
    }

    private static async Task<Ok<IReadOnlyList<LocationDto>>> ListLocationsAsync(string accountNumber, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListLocationsQuery(accountNumber), cancellationToken));

    private static async Task<Ok<LocationDto>> UpdateLocationAsync(string accountNumber, string code, LocationRequest request, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(
            new UpdateLocationCommand(accountNumber, code, request.Name, request.Address, request.Phone, request.TimeZone, request.SpecialInstructions),
            cancellationToken));

    private static async Task<Created<ProvisionedCompany>> ProvisionAsync(ProvisionCompanyCommand request, ISender sender, CancellationToken cancellationToken)
    {
        var provisioned = await sender.Send(request, cancellationToken);
        return TypedResults.Created($"{OpsApi.BasePath}/companies/{provisioned.AccountNumber}", provisioned);
    }

    private static async Task<Ok<CompanyAccountDto>> GetAsync(string accountNumber, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetCompanyQuery(accountNumber), cancellationToken));

    private static async Task<Ok<CompanyAccountDto>> ChangeSettingsAsync(
        string accountNumber, CompanySettingsRequest request, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(
            new ChangeCompanySettingsCommand(accountNumber, request.Status, request.DrugScreenPortalUrl, request.NonStandardResultTypes, request.TimeZone, request.SurveillanceIntervalMonths),
            cancellationToken));
}

/// <summary>The settings ops controls. Status is required; an empty drug-screen link removes it; no time zone or surveillance interval keeps the current one.</summary>
public sealed record CompanySettingsRequest(CompanyStatus? Status, string? DrugScreenPortalUrl, IReadOnlyList<ResultType>? NonStandardResultTypes, string? TimeZone = null, int? SurveillanceIntervalMonths = null);

/// <summary>A location as ops sends it; the code is taken from the body when adding and from the route when changing.</summary>
public sealed record LocationRequest(string? Code, string? Name, AddressInput? Address, string? Phone, string? TimeZone, string? SpecialInstructions);

/// <summary>A custom package as ops sends it; its code is in the route.</summary>
public sealed record ServicePackageRequest(string? Name, IReadOnlyList<string>? Services, string? Instructions);
