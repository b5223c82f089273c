using EmployerPortal.Application.Common.Addresses;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Common.Validation;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Domain.Companies;
using FluentValidation;
using Mediator;

namespace EmployerPortal.Application.Companies.Locations;

/// <summary>A site as ops and the account page see it.</summary>
public sealed record LocationDto(string Code, string Name, AddressInput Address, string Phone, string TimeZone, string? SpecialInstructions)
{
    public static LocationDto From(CompanyLocation location) => new(
        location.Code,
        location.Name,
        new AddressInput(location.Address.Line1, location.Address.Line2, location.Address.City, location.Address.State, location.Address.PostalCode),
        location.Phone,
        location.TimeZone.Id,
        location.SpecialInstructions);
}

/// <summary>What ops sends for a site; without a time zone it takes its state's.</summary>
public interface ILocationFields
{
    string? Name { get; }

    AddressInput? Address { get; }

    string? Phone { get; }

    string? TimeZone { get; }

    string? SpecialInstructions { get; }
}

internal static class LocationFields
{
    public static CompanyTimeZone Zone(this ILocationFields fields) =>
        string.IsNullOrWhiteSpace(fields.TimeZone) ? CompanyTimeZone.ForState(fields.Address!.State!) : CompanyTimeZone.From(fields.TimeZone);
}

/// <summary>Ops adds a location to a company (409 when the code is taken).</summary>
[OpsClient(OpsScopes.Companies)]
[AcrossCompanies("Ops configures any company.")]
public sealed record AddLocationCommand(string AccountNumber, string? Code, string? Name, AddressInput? Address, string? Phone, string? TimeZone, string? SpecialInstructions)
    : ICommand<LocationDto>, ILocationFields;

/// <summary>Ops changes a location's name, address, phone, zone or instructions; its code stays.</summary>
[OpsClient(OpsScopes.Companies)]
[AcrossCompanies("Ops configures any company.")]
public sealed record UpdateLocationCommand(string AccountNumber, string Code, string? Name, AddressInput? Address, string? Phone, string? TimeZone, string? SpecialInstructions)
    : ICommand<LocationDto>, ILocationFields;

/// <summary>A company's locations, the main one first.</summary>
[OpsClient(OpsScopes.Companies)]
[AcrossCompanies("Ops reads any company.")]
public sealed record ListLocationsQuery(string AccountNumber) : IQuery<IReadOnlyList<LocationDto>>;

public sealed class CompanyLocationHandlers(IRepository<Company> companies) :
    ICommandHandler<AddLocationCommand, LocationDto>,
    ICommandHandler<UpdateLocationCommand, LocationDto>,
    IQueryHandler<ListLocationsQuery, IReadOnlyList<LocationDto>>
{
    public async ValueTask<LocationDto> Handle(AddLocationCommand command, CancellationToken cancellationToken)
    {
        var company = await CompanyAsync(command.AccountNumber, cancellationToken);
        if (company.FindLocation(command.Code!) is not null)
        {
            throw new ConflictException($"Company {company.AccountNumber} already has a location {CompanyLocation.NormalizeCode(command.Code!)}.");
        }

        return LocationDto.From(company.AddLocation(command.Code!, command.Name!, command.Address!.ToAddress(), command.Phone!, command.Zone(), command.SpecialInstructions));
    }

    public async ValueTask<LocationDto> Handle(UpdateLocationCommand command, CancellationToken cancellationToken)
    {
        var company = await CompanyAsync(command.AccountNumber, cancellationToken);
        var location = company.UpdateLocation(command.Code, command.Name!, command.Address!.ToAddress(), command.Phone!, command.Zone(), command.SpecialInstructions)
            ?? throw new NotFoundException("Location");
        return LocationDto.From(location);
    }

    public async ValueTask<IReadOnlyList<LocationDto>> Handle(ListLocationsQuery query, CancellationToken cancellationToken) =>
        [.. (await CompanyAsync(query.AccountNumber, cancellationToken)).Locations.Select(LocationDto.From)];

    private async Task<Company> CompanyAsync(string accountNumber, CancellationToken cancellationToken) =>
        (AccountNumber.IsValid(accountNumber)
            ? await companies.FirstOrDefaultAsync(new CompanyByAccountNumberSpec(AccountNumber.From(accountNumber)), cancellationToken)
            : null)
        ?? throw new NotFoundException("Company");
}

/// <summary>The rules every location message shares: the fields as ops sends them.</summary>
public abstract class LocationFieldsValidator<T> : AbstractValidator<T>
    where T : ILocationFields
{
    protected LocationFieldsValidator()
    {
        RuleFor(l => l.Name).NotEmpty().WithMessage("Give the location's name.").MaximumLength(200).WithMessage("A location name can be at most 200 characters.").PlainText();
        RuleFor(l => l.Address).NotNull().WithMessage("Give the location's address.").SetValidator(new AddressInputValidator()!);
        RuleFor(l => l.Phone).NotEmpty().WithMessage("Give the location's phone number.").UsPhoneNumber();
        RuleFor(l => l.TimeZone)
            .Must(CompanyTimeZone.IsKnown).WithMessage("Give an IANA time zone, e.g. America/Phoenix.")
            .When(l => !string.IsNullOrWhiteSpace(l.TimeZone));
        RuleFor(l => l.SpecialInstructions).MaximumLength(2000).WithMessage("Instructions for clinic staff can be at most 2,000 characters.").PlainText();
    }
}

public sealed class AddLocationValidator : LocationFieldsValidator<AddLocationCommand>
{
    public AddLocationValidator() =>
        RuleFor(c => c.Code).Must(CompanyLocation.IsValidCode).WithMessage("A location code is 1 to 10 letters, digits or hyphens, e.g. PHX.");
}

public sealed class UpdateLocationValidator : LocationFieldsValidator<UpdateLocationCommand>;
