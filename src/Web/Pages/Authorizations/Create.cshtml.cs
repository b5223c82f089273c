using EmployerPortal.Application.Authorizations.Commands.CreateAuthorization;
using EmployerPortal.Application.Authorizations.Clinics;
using EmployerPortal.Application.Authorizations.Packages;
using EmployerPortal.Application.Companies.Queries.GetMyLocations;
using EmployerPortal.Application.Authorizations.Queries.GetAuthorization;
using EmployerPortal.Application.Authorizations.Queries.GetServiceCatalog;
using EmployerPortal.Application.Companies.Locations;
using EmployerPortal.Application.Companies.Queries.GetCompanyAccount;
using EmployerPortal.Application.Employees.Queries.FindRosterEmployees;
using EmployerPortal.Application.Employees.Queries.GetRosterEmployee;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmployerPortal.Web.Pages.Authorizations;

public sealed class CreateModel(ISender sender, PageLocalTime time) : PageModel, IFormPage
{
    [BindProperty]
    public CreateInput Input { get; set; } = new();

    public IReadOnlyList<ServiceGroupDto> Catalog { get; private set; } = [];

    public string? CompanyInstructions { get; private set; }

    /// <summary>The company's custom packages, offered before the catalog; choosing one ticks its services.</summary>
    public IReadOnlyList<ServicePackageDto> Packages { get; private set; } = [];

    /// <summary>The provider's clinic directory, offered besides "any clinic".</summary>
    public IReadOnlyList<ClinicDto> Clinics { get; private set; } = [];

    /// <summary>The locations the user may authorize for; the form asks for one only when there are two or more.</summary>
    public IReadOnlyList<LocationDto> Locations { get; private set; } = [];

    public DateOnly Today { get; private set; }

    /// <summary>The name typed in "Find on the roster" (a plain GET, so it works without JavaScript).</summary>
    public string? Find { get; private set; }

    /// <summary>The roster employees whose name starts with <see cref="Find"/>: each link fills the form.</summary>
    public IReadOnlyList<RosterSuggestion> RosterMatches { get; private set; } = [];

    /// <param name="employee">A roster employee to fill in (the compliance page's "Renew").</param>
    /// <param name="service">A catalog service to tick (the one that renews the item).</param>
    /// <param name="from">An existing authorization to authorize again: its employee, reason, services, package, instructions and location, not its dates.</param>
    /// <param name="find">A name typed in "Find on the roster": the matching employees are listed to choose from.</param>
    public async Task OnGetAsync(Guid? employee, string? service, Guid? from, string? find, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(find))
        {
            Find = find.Trim();
            RosterMatches = await sender.Send(new FindRosterEmployeesQuery(Find), cancellationToken);
        }

        Input.ValidUntil = Today.AddDays(CreateAuthorizationCommand.DefaultValidityDays);
        if (from is { } previousId)
        {
            PrefillFrom(await sender.Send(new GetAuthorizationQuery(previousId), cancellationToken));
        }

        if (employee is { } id)
        {
            var person = await sender.Send(new GetRosterEmployeeContactQuery(id), cancellationToken);
            (Input.FirstName, Input.LastName, Input.DateOfBirth, Input.EmployeeId, Input.Email, Input.Phone) =
                (person.FirstName, person.LastName, person.DateOfBirth, person.EmployeeId, person.Email, person.Phone);
            Input.LocationCode ??= person.LocationCodes.FirstOrDefault(code => Locations.Any(l => l.Code == code));
        }

        if (Catalog.SelectMany(g => g.Services).Any(s => s.Code == service))
        {
            Input.Services.Add(service!);
            Input.Reason = AuthorizationReason.NonInjury;
        }
    }

    /// <summary>The type-ahead's suggestions as JSON (the page script fills a datalist with them).</summary>
    public async Task<IActionResult> OnGetRosterAsync(string? find, CancellationToken cancellationToken) =>
        new JsonResult(await sender.Send(new FindRosterEmployeesQuery(find), cancellationToken));

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return new PageResult { StatusCode = StatusCodes.Status400BadRequest };
        }

        var created = await sender.Send(Input.ToCommand(), cancellationToken);
        TempData["Flash"] = $"Authorization {created.Number} created.";
        return RedirectToPage("Details", new { id = created.Id });
    }

    /// <summary>A service's code or length error (<c>Services[0].Detail</c>) has no slot of its own: it shows under the services.</summary>
    string IFormPage.FieldOf(string property) =>
        property.StartsWith("Services[", StringComparison.Ordinal) ? "Input.Services" : $"Input.{property}";

    public string? ErrorMessage { get; set; }

    private void PrefillFrom(AuthorizationDetailDto previous)
    {
        var e = previous.Employee;
        (Input.FirstName, Input.LastName, Input.DateOfBirth, Input.EmployeeId, Input.Email, Input.Phone) =
            (e.FirstName, e.LastName, e.DateOfBirth, e.EmployeeId, e.Email, e.Phone);
        Input.Reason = previous.Reason;
        Input.InjuryDescription = previous.Injury?.Description;
        (Input.BodyPart, Input.ClaimNumber) = (previous.Injury?.BodyPart, previous.Injury?.ClaimNumber);
        Input.PackageCode = previous.Package is { } package && Packages.Any(p => p.Code == package.Code) ? package.Code : null;
        var offered = Catalog.SelectMany(g => g.Services).Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var s in previous.Services.Where(s => offered.Contains(s.ServiceCode)))
        {
            Input.Services.Add(s.ServiceCode);
            if (s.Detail is not null)
            {
                Input.ServiceDetails[s.ServiceCode] = s.Detail;
            }
        }

        Input.DotTestReason = previous.DotTestReason;
        Input.ClinicCode = previous.Clinic is { } clinic && Clinics.Any(c => c.Code == clinic.Code) ? clinic.Code : null;
        Input.SpecialInstructions = previous.SpecialInstructions;
        Input.LocationCode = Locations.Any(l => l.Code == previous.LocationCode) ? previous.LocationCode : null;
    }

    Task IFormPage.RedisplayAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public bool IsSelected(string code) => Input.Services.Contains(code, StringComparer.Ordinal);

    public string? DetailFor(string code) => Input.ServiceDetails.GetValueOrDefault(code);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Today = time.Local.Today;
        Catalog = await sender.Send(new GetServiceCatalogQuery(), cancellationToken);
        CompanyInstructions = (await sender.Send(new GetCompanyAccountQuery(), cancellationToken)).SpecialInstructions;
        Locations = await sender.Send(new GetMyLocationsQuery(), cancellationToken);
        Packages = await sender.Send(new GetMyServicePackagesQuery(), cancellationToken);
        Clinics = await sender.Send(new ListClinicsQuery(), cancellationToken);
    }

    public sealed class CreateInput
    {
        public string? FirstName { get; set; }

        public string? LastName { get; set; }

        public DateOnly? DateOfBirth { get; set; }

        public string? EmployeeId { get; set; }

        public string? Email { get; set; }

        public string? Phone { get; set; }

        public AuthorizationReason? Reason { get; set; }

        public DateOnly? DateOfInjury { get; set; }

        public string? InjuryDescription { get; set; }

        public TimeOnly? TimeOfInjury { get; set; }

        public string? BodyPart { get; set; }

        public string? ClaimNumber { get; set; }

        /// <summary>The codes of the ticked services.</summary>
        public List<string> Services { get; set; } = [];

        /// <summary>Detail per service code (the drug panel, which vaccine); only ticked services' details are sent.</summary>
        public Dictionary<string, string?> ServiceDetails { get; set; } = new(StringComparer.Ordinal);

        public string? SpecialInstructions { get; set; }

        public DateOnly? ValidUntil { get; set; }

        public string? LocationCode { get; set; }

        /// <summary>The company package chosen, if any; its services are authorized with the ticked ones.</summary>
        public string? PackageCode { get; set; }

        /// <summary>Why the DOT drug test is done; asked for exactly when one is authorized.</summary>
        public DotTestReason? DotTestReason { get; set; }

        /// <summary>The clinic from the directory, or none for any clinic.</summary>
        public string? ClinicCode { get; set; }

        public CreateAuthorizationCommand ToCommand() => new(
            FirstName,
            LastName,
            DateOfBirth,
            EmployeeId,
            Email,
            Phone,
            Reason,
            DateOfInjury,
            InjuryDescription,
            Services.Select(code => new ServiceSelection(code ?? string.Empty, code is null ? null : ServiceDetails.GetValueOrDefault(code))).ToList(),
            SpecialInstructions,
            ValidUntil,
            LocationCode,
            PackageCode,
            DotTestReason,
            TimeOfInjury,
            BodyPart,
            ClaimNumber,
            ClinicCode);
    }
}
