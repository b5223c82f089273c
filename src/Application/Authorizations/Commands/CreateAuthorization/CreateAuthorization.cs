using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Authorizations.Packages;
using EmployerPortal.Application.Authorizations.Specifications;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Common.Time;
using EmployerPortal.Application.Companies.Locations;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using Mediator;

namespace EmployerPortal.Application.Authorizations.Commands.CreateAuthorization;

/// <summary>A service chosen on the form, with its detail when the catalog asks for one (the drug panel, say).</summary>
public sealed record ServiceSelection(string? Code, string? Detail = null);

/// <summary>
/// An employer user authorizes services for an employee at one of the company's locations (the only one offered when
/// there is no choice). Valid for 30 days, in that location's calendar, unless a valid-until date is given.
/// </summary>
[RequiresPermission(Permission.CreateAuthorizations)]
public sealed record CreateAuthorizationCommand(
    string? FirstName,
    string? LastName,
    DateOnly? DateOfBirth,
    string? EmployeeId,
    string? Email,
    string? Phone,
    AuthorizationReason? Reason,
    DateOnly? DateOfInjury,
    string? InjuryDescription,
    IReadOnlyList<ServiceSelection>? Services,
    string? SpecialInstructions,
    DateOnly? ValidUntil,
    string? LocationCode = null,
    string? PackageCode = null,
    DotTestReason? DotTestReason = null,
    TimeOnly? TimeOfInjury = null,
    string? BodyPart = null,
    string? ClaimNumber = null,
    string? ClinicCode = null) : ICommand<CreatedAuthorization>
{
    public const int DefaultValidityDays = 30;
}

public sealed record CreatedAuthorization(Guid Id, string Number);

public sealed class CreateAuthorizationHandler(
    IRepository<Authorization> authorizations,
    IRepository<Company> companies,
    IRepository<ServiceCatalogEntry> catalog,
    IRepository<ServicePackage> packages,
    IRepository<Clinic> clinics,
    IAuthorizationNumberGenerator numbers,
    ICurrentUser currentUser,
    ICompanyClock companyClock) : ICommandHandler<CreateAuthorizationCommand, CreatedAuthorization>
{
    public async ValueTask<CreatedAuthorization> Handle(CreateAuthorizationCommand command, CancellationToken cancellationToken)
    {
        var companyId = currentUser.RequireCompanyId();
        var company = await companies.FirstOrDefaultAsync(new CurrentCompanySpec(), cancellationToken) ?? throw new NotFoundException("Company");
        var location = AuthorizationLocations.Resolve(command.LocationCode, UserLocations.SeenBy(company, currentUser))
            ?? throw ValidationFailedException.ForField(nameof(CreateAuthorizationCommand.LocationCode), "Choose the location the employee is authorized for.");
        var package = string.IsNullOrWhiteSpace(command.PackageCode)
            ? null
            : await packages.FirstOrDefaultAsync(new ServicePackageByCodeSpec(null, command.PackageCode), cancellationToken)
                ?? throw ValidationFailedException.ForField(nameof(CreateAuthorizationCommand.PackageCode), "Choose one of your company's packages, or none.");
        var clinic = string.IsNullOrWhiteSpace(command.ClinicCode)
            ? null
            : await clinics.FirstOrDefaultAsync(new Clinics.ClinicByCodeSpec(command.ClinicCode), cancellationToken)
                ?? throw ValidationFailedException.ForField(nameof(CreateAuthorizationCommand.ClinicCode), "Choose a clinic from the list, or any clinic.");
        var selections = (command.Services ?? [])
            .Concat((package?.ServiceCodes ?? []).Where(code => command.Services?.Any(s => s.Code?.Trim() == code) != true).Select(code => new ServiceSelection(code)))
            .ToList();
        var services = await AuthorizedServicesAsync(selections, cancellationToken);
        if (new DotTestReasonGoesWithADotTest(services, command.DotTestReason) is { } dotReason && dotReason.IsBroken())
        {
            // The aggregate's rule, checked here too so that its message stands beside the field (a package may bring the DOT test).
            throw ValidationFailedException.ForField(nameof(CreateAuthorizationCommand.DotTestReason), dotReason.Message);
        }

        if (new ChosenClinicPerformsTheServices(clinic, services) is { } clinicRule && clinicRule.IsBroken())
        {
            throw ValidationFailedException.ForField(nameof(CreateAuthorizationCommand.ClinicCode), clinicRule.Message);
        }

        var number = await numbers.NextUnusedAsync(authorizations, cancellationToken);
        var local = (await companyClock.ForLocationsAsync(companyId, cancellationToken))[location.Code];
        var now = local.Now;

        var authorization = Authorization.Create(
            companyId,
            location.Code,
            number,
            new Employee(
                command.FirstName!.Trim(),
                command.LastName!.Trim(),
                command.DateOfBirth!.Value,
                NullIfBlank(command.EmployeeId),
                NullIfBlank(command.Email),
                NullIfBlank(command.Phone)),
            command.Reason!.Value,
            command.Reason == AuthorizationReason.Injury ? new InjuryDetails(
                    command.DateOfInjury!.Value, command.InjuryDescription!.Trim(), command.TimeOfInjury, NullIfBlank(command.BodyPart), NullIfBlank(command.ClaimNumber)) : null,
            services,
            command.SpecialInstructions,
            command.ValidUntil ?? local.Today.AddDays(CreateAuthorizationCommand.DefaultValidityDays),
            currentUser.RequireUserId(),
            now,
            package is null ? null : new AuthorizedPackage(package.Code, package.Name, package.Instructions),
            command.DotTestReason,
            clinic?.ToAuthorized());
        authorizations.Add(authorization);
        return new CreatedAuthorization(authorization.Id.Value, number.Display);
    }

    private async Task<List<AuthorizedService>> AuthorizedServicesAsync(IReadOnlyList<ServiceSelection> selections, CancellationToken cancellationToken)
    {
        var offered = (await catalog.ListAsync(new ActiveCatalogServicesSpec(), cancellationToken)).ToDictionary(s => s.Code, StringComparer.Ordinal);
        var services = new List<AuthorizedService>();
        foreach (var selection in selections)
        {
            if (!offered.TryGetValue(selection.Code!.Trim(), out var entry))
            {
                throw ValidationFailedException.ForField(nameof(CreateAuthorizationCommand.Services), $"'{selection.Code}' is not a service that can be authorized.");
            }

            if (!entry.AcceptsDetail(selection.Detail))
            {
                throw ValidationFailedException.ForField(
                    nameof(CreateAuthorizationCommand.Services),
                    entry.RequiresDetail ? $"Choose the {entry.DetailLabel!.ToLowerInvariant()} for {entry.Name}." : $"{entry.Name} takes no detail.");
            }

            services.Add(new AuthorizedService(entry.Code, entry.Name, NullIfBlank(selection.Detail)));
        }

        return services;
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
