using Ardalis.Specification;
using EmployerPortal.Application.Authorizations.Specifications;
using EmployerPortal.Application.Common.Addresses;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Common.Validation;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Companies;
using FluentValidation;
using Mediator;

namespace EmployerPortal.Application.Authorizations.Clinics;

/// <summary>A clinic of the directory as ops and the authorization form see it.</summary>
public sealed record ClinicDto(string Code, string Name, PostalAddress Address, string Phone, string Hours, string TimeZone, IReadOnlyList<string> Services)
{
    public static ClinicDto From(Clinic clinic) =>
        new(clinic.Code, clinic.Name, clinic.Address, clinic.Phone, clinic.Hours, clinic.TimeZone.Id, clinic.ServiceCodes);

    /// <summary>One line for a list: "Northside Clinic — 12 Elm St, Dallas, TX 75201".</summary>
    public string Label => $"{Name} — {Address.Line1}, {Address.City}, {Address.State} {Address.PostalCode}";
}

/// <summary>An address as ops sends it.</summary>
/// <summary>Ops adds or changes a clinic of the directory; the same body again changes nothing (an idempotent upsert).</summary>
[OpsClient(OpsScopes.Authorizations)]
[AcrossCompanies("The clinic directory is the provider's, not a company's.")]
public sealed record PutClinicCommand(
    string Code,
    string? Name,
    AddressInput? Address,
    string? Phone,
    string? Hours,
    string? TimeZone,
    IReadOnlyList<string>? Services) : ICommand<ClinicDto>;

/// <summary>One clinic of the directory.</summary>
[OpsClient(OpsScopes.Authorizations)]
[AcrossCompanies("The clinic directory is the provider's, not a company's.")]
public sealed record GetClinicQuery(string Code) : IQuery<ClinicDto>;

/// <summary>The directory by name, offered on the authorization form (or "any clinic").</summary>
[RequiresPermission(Permission.CreateAuthorizations)]
public sealed record ListClinicsQuery : IQuery<IReadOnlyList<ClinicDto>>;

public sealed class ClinicHandlers(IRepository<Clinic> clinics, IRepository<ServiceCatalogEntry> catalog) :
    ICommandHandler<PutClinicCommand, ClinicDto>,
    IQueryHandler<GetClinicQuery, ClinicDto>,
    IQueryHandler<ListClinicsQuery, IReadOnlyList<ClinicDto>>
{
    public async ValueTask<ClinicDto> Handle(PutClinicCommand command, CancellationToken cancellationToken)
    {
        var offered = (await catalog.ListAsync(new ActiveCatalogServicesSpec(), cancellationToken)).Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        var unknown = command.Services!.Select(s => s.Trim()).Where(s => !offered.Contains(s)).ToList();
        if (unknown.Count > 0)
        {
            throw ValidationFailedException.ForField(nameof(PutClinicCommand.Services), $"Not in the service catalog: {string.Join(", ", unknown)}.");
        }

        var address = command.Address!.ToAddress();
        var zone = CompanyTimeZone.From(command.TimeZone!.Trim());
        var existing = await clinics.FirstOrDefaultAsync(new ClinicByCodeSpec(command.Code), cancellationToken);
        if (existing is null)
        {
            existing = Clinic.Create(command.Code, command.Name!, address, command.Phone!, command.Hours!, zone, command.Services!);
            clinics.Add(existing);
        }
        else
        {
            existing.Change(command.Name!, address, command.Phone!, command.Hours!, zone, command.Services!);
        }

        return ClinicDto.From(existing);
    }

    public async ValueTask<ClinicDto> Handle(GetClinicQuery query, CancellationToken cancellationToken) =>
        ClinicDto.From(await clinics.FirstOrDefaultAsync(new ClinicByCodeSpec(query.Code), cancellationToken) ?? throw new NotFoundException("Clinic"));

    public async ValueTask<IReadOnlyList<ClinicDto>> Handle(ListClinicsQuery query, CancellationToken cancellationToken) =>
        [.. (await clinics.ListAsync(new ClinicsByNameSpec(), cancellationToken)).Select(ClinicDto.From)];
}

public sealed class ClinicByCodeSpec : SingleResultSpecification<Clinic>
{
    public ClinicByCodeSpec(string code)
    {
        var normalized = Clinic.NormalizeCode(code);
        Query.Where(c => c.Code == normalized);
    }
}

public sealed class ClinicsByNameSpec : Specification<Clinic>
{
    public ClinicsByNameSpec() => Query.OrderBy(c => c.Name).AsNoTracking();
}

public sealed class PutClinicValidator : AbstractValidator<PutClinicCommand>
{
    public PutClinicValidator()
    {
        RuleFor(c => c.Code).Must(IsValidCode).WithMessage("A clinic code is 1 to 20 letters, digits or hyphens, e.g. DAL-NORTH.");
        RuleFor(c => c.Name).NotEmpty().WithMessage("Give the clinic's name.").MaximumLength(200).WithMessage("A clinic name can be at most 200 characters.").PlainText();
        RuleFor(c => c.Address).NotNull().WithMessage("Give the clinic's address.").SetValidator(new AddressInputValidator()!);
        RuleFor(c => c.Phone).NotEmpty().WithMessage("Give the clinic's phone number.").UsPhoneNumber();
        RuleFor(c => c.Hours).NotEmpty().WithMessage("Give the opening hours, e.g. \"Mon–Fri 7:00 AM–6:00 PM\".")
            .MaximumLength(300).WithMessage("The opening hours can be at most 300 characters.").PlainText();
        RuleFor(c => c.TimeZone).Must(CompanyTimeZone.IsKnown).WithMessage("Give an IANA time zone, e.g. America/Chicago.");
        RuleFor(c => c.Services).NotNull().WithMessage("List the service codes the clinic performs (an empty list for none).");
        RuleForEach(c => c.Services).NotEmpty().WithMessage("A service code cannot be blank.").MaximumLength(50).WithMessage("A service code can be at most 50 characters.");
    }

    private static bool IsValidCode(string? code) =>
        !string.IsNullOrWhiteSpace(code) && code.Trim().Length <= 20 && code.Trim().All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
