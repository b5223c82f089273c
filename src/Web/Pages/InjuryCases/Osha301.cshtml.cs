using System.ComponentModel.DataAnnotations;
using EmployerPortal.Application.InjuryCases;
using EmployerPortal.Application.InjuryCases.Commands.CompleteOsha301;
using EmployerPortal.Application.InjuryCases.Queries.GetOsha301;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.InjuryCases;
using EmployerPortal.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmployerPortal.Web.Pages.InjuryCases;

/// <summary>A case's OSHA 301 incident report (Admins): what the portal prefills, the Admin's additions and corrections, and the form as PDF or CSV.</summary>
public sealed class Osha301Model(ISender sender) : PageModel, IFormPage
{
    public const string UnreadableValue = "This value could not be read; enter a date, a time, or choose from the list.";

    public Osha301Dto Report { get; private set; } = null!;

    [BindProperty]
    public Osha301Input Input { get; set; } = new();

    public string? ErrorMessage { get; set; }

    /// <summary>Each date rule is said beside its date.</summary>
    string? IFormPage.FieldOfRule(IBusinessRule rule) => rule switch
    {
        HireDateCannotFollowTheInjury => $"{nameof(Input)}.{nameof(Osha301Input.HireDate)}",
        DateOfDeathFallsBetweenTheInjuryAndToday => $"{nameof(Input)}.{nameof(Osha301Input.DateOfDeath)}",
        Osha301CompletedBetweenTheInjuryAndToday => $"{nameof(Input)}.{nameof(Osha301Input.CompletedOn)}",
        _ => null,
    };

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Report = await sender.Send(new GetOsha301Query(id), cancellationToken);
        Input = Osha301Input.From(Report.Entered);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var unreadable = ModelState.Where(e => e.Key.StartsWith(nameof(Input) + ".", StringComparison.Ordinal) && e.Value?.ValidationState == ModelValidationState.Invalid).ToList();
        if (unreadable.Count > 0)
        {
            foreach (var entry in unreadable.Select(e => e.Value!))
            {
                entry.Errors.Clear();
                entry.Errors.Add(UnreadableValue);
                entry.RawValue = null;
                entry.AttemptedValue = null;
            }

            Report = await sender.Send(new GetOsha301Query(id), cancellationToken);
            return new PageResult { StatusCode = StatusCodes.Status400BadRequest };
        }

        await sender.Send(Input.ToCommand(id), cancellationToken);
        TempData["Flash"] = "OSHA 301 report saved.";
        return RedirectToPage("Osha301", new { id });
    }

    public Task<IActionResult> OnGetPdfAsync(Guid id, CancellationToken cancellationToken) => DownloadAsync(id, OshaFormat.Pdf, cancellationToken);

    public Task<IActionResult> OnGetCsvAsync(Guid id, CancellationToken cancellationToken) => DownloadAsync(id, OshaFormat.Csv, cancellationToken);

    async Task IFormPage.RedisplayAsync(CancellationToken cancellationToken) =>
        Report = await sender.Send(new GetOsha301Query(this.RouteGuid("id")), cancellationToken);

    private async Task<IActionResult> DownloadAsync(Guid id, OshaFormat format, CancellationToken cancellationToken)
    {
        var file = (await sender.Send(new GetOsha301Query(id, format), cancellationToken)).File!;
        return File(file.Content, file.ContentType, file.FileName);
    }
}

public sealed class Osha301Input
{
    [Display(Name = "Street")]
    public string? EmployeeStreet { get; set; }

    [Display(Name = "City")]
    public string? EmployeeCity { get; set; }

    [Display(Name = "State")]
    public string? EmployeeState { get; set; }

    [Display(Name = "ZIP code")]
    public string? EmployeePostalCode { get; set; }

    [Display(Name = "Date hired")]
    public DateOnly? HireDate { get; set; }

    [Display(Name = "Physician or other health care professional")]
    public string? PhysicianName { get; set; }

    [Display(Name = "Facility where treatment was given")]
    public string? FacilityName { get; set; }

    [Display(Name = "Facility address")]
    public string? FacilityAddress { get; set; }

    [Display(Name = "Treated in an emergency room?")]
    public bool? TreatedInEmergencyRoom { get; set; }

    [Display(Name = "Hospitalized overnight as an in-patient?")]
    public bool? HospitalizedOvernight { get; set; }

    [Display(Name = "Time employee began work")]
    public TimeOnly? TimeBeganWork { get; set; }

    [Display(Name = "What was the employee doing just before the incident occurred?")]
    public string? ActivityBefore { get; set; }

    [Display(Name = "What happened?")]
    public string? WhatHappened { get; set; }

    [Display(Name = "What was the injury or illness?")]
    public string? InjuryOrIllness { get; set; }

    [Display(Name = "What object or substance directly harmed the employee?")]
    public string? ObjectOrSubstance { get; set; }

    [Display(Name = "If the employee died, when did death occur?")]
    public DateOnly? DateOfDeath { get; set; }

    [Display(Name = "Completed by")]
    public string? CompletedBy { get; set; }

    [Display(Name = "Title")]
    public string? CompletedByTitle { get; set; }

    [Display(Name = "Phone")]
    public string? CompletedByPhone { get; set; }

    [Display(Name = "Date completed")]
    public DateOnly? CompletedOn { get; set; }

    public static Osha301Input From(Osha301Report r) => new()
    {
        EmployeeStreet = r.EmployeeStreet, EmployeeCity = r.EmployeeCity, EmployeeState = r.EmployeeState, EmployeePostalCode = r.EmployeePostalCode,
        HireDate = r.HireDate, PhysicianName = r.PhysicianName, FacilityName = r.FacilityName, FacilityAddress = r.FacilityAddress,
        TreatedInEmergencyRoom = r.TreatedInEmergencyRoom, HospitalizedOvernight = r.HospitalizedOvernight, TimeBeganWork = r.TimeBeganWork,
        ActivityBefore = r.ActivityBefore, WhatHappened = r.WhatHappened, InjuryOrIllness = r.InjuryOrIllness, ObjectOrSubstance = r.ObjectOrSubstance,
        DateOfDeath = r.DateOfDeath, CompletedBy = r.CompletedBy, CompletedByTitle = r.CompletedByTitle, CompletedByPhone = r.CompletedByPhone,
        CompletedOn = r.CompletedOn,
    };

    public CompleteOsha301Command ToCommand(Guid id) => new(
        id, EmployeeStreet, EmployeeCity, EmployeeState, EmployeePostalCode, HireDate, PhysicianName, FacilityName, FacilityAddress,
        TreatedInEmergencyRoom, HospitalizedOvernight, TimeBeganWork, ActivityBefore, WhatHappened, InjuryOrIllness, ObjectOrSubstance,
        DateOfDeath, CompletedBy, CompletedByTitle, CompletedByPhone, CompletedOn);
}
