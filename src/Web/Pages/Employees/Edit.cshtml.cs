using System.Globalization;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Employees;
using EmployerPortal.Application.Employees.Commands.SaveRosterEmployee;
using EmployerPortal.Application.Employees.Queries.GetCompliance;
using EmployerPortal.Application.Employees.Queries.GetRosterEmployee;
using EmployerPortal.Application.Employees.Queries.GetRosterLocations;
using EmployerPortal.Domain.Employees;
using EmployerPortal.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmployerPortal.Web.Pages.Employees;

/// <summary>An Admin adds one employee by hand or edits one (the employee id of an existing one stays).</summary>
public sealed class EditModel(ISender sender, ICurrentUser currentUser) : PageModel, IFormPage
{
    [BindProperty]
    public EmployeeInput Input { get; set; } = new();

    public Guid? Id { get; private set; }

    public IReadOnlyList<ComplianceLocation> Locations { get; private set; } = [];

    public string? ErrorMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (!currentUser.Can(Permission.ManageRoster))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Id = id;
        if (id is { } existing)
        {
            Input = EmployeeInput.From((await sender.Send(new GetRosterEmployeeQuery(existing), cancellationToken)).Fields);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return new PageResult { StatusCode = StatusCodes.Status400BadRequest };
        }

        var saved = await sender.Send(new SaveRosterEmployeeCommand(id, Input.ToInput()), cancellationToken);
        TempData["Flash"] = "The employee was saved.";
        return RedirectToPage("Details", new { id = saved });
    }

    Task IFormPage.RedisplayAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Locations = await sender.Send(new GetRosterLocationsQuery(), cancellationToken);

    public sealed class EmployeeInput
    {
        public string? EmployeeId { get; set; }

        public string? FirstName { get; set; }

        public string? LastName { get; set; }

        public DateOnly? DateOfBirth { get; set; }

        public string? Email { get; set; }

        public string? Phone { get; set; }

        public string? JobTitle { get; set; }

        public List<string> Locations { get; set; } = [];

        public DateOnly? HireDate { get; set; }

        public EmploymentStatus Status { get; set; } = EmploymentStatus.Active;

        public List<ComplianceProgram> Programs { get; set; } = [];

        public RosterEmployeeInput ToInput() => new(
            EmployeeId,
            FirstName,
            LastName,
            DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Email,
            Phone,
            JobTitle,
            string.Join(';', Locations),
            HireDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Status.ToString(),
            string.Join(';', Programs));

        public static EmployeeInput From(RosterEmployeeInput fields) => new()
        {
            EmployeeId = fields.EmployeeId,
            FirstName = fields.FirstName,
            LastName = fields.LastName,
            DateOfBirth = RosterEmployeeInput.TryParseDate(fields.DateOfBirth, out var born) ? born : null,
            Email = fields.Email,
            Phone = fields.Phone,
            JobTitle = fields.JobTitle,
            Locations = [.. RosterEmployeeInput.SplitList(fields.Locations)],
            HireDate = RosterEmployeeInput.TryParseDate(fields.HireDate, out var hired) ? hired : null,
            Status = RosterEmployeeInput.ParseStatus(fields.Status) ?? EmploymentStatus.Active,
            Programs = [.. RosterEmployeeInput.SplitList(fields.Programs).Select(RosterEmployeeInput.ParseProgram).OfType<ComplianceProgram>()],
        };
    }
}
