using EmployerPortal.Application.Common.Security;
using System.ComponentModel.DataAnnotations;
using EmployerPortal.Application.InjuryCases.Commands.CorrectOsha300;
using EmployerPortal.Application.InjuryCases.Commands.DecideOshaRecording;
using EmployerPortal.Application.InjuryCases.Commands.ReopenInjuryCase;
using EmployerPortal.Application.InjuryCases.Queries.GetInjuryCase;
using EmployerPortal.Web.Infrastructure;
using Mediator;
using EmployerPortal.Domain.InjuryCases;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmployerPortal.Web.Pages.InjuryCases;

/// <summary>One case: the injury, the work status now, and the timeline of visits, statuses and documents. Admins reopen and decide OSHA recording here.</summary>
public sealed class DetailsModel(ISender sender, ICurrentUser currentUser) : PageModel, IFormPage
{
    public InjuryCaseDetailDto Case { get; private set; } = null!;

    public bool CanManage => currentUser.Can(Permission.ManageOshaRecords);

    [BindProperty]
    public bool Recordable { get; set; }

    [BindProperty]
    public bool PrivacyCase { get; set; }

    /// <summary>The Admin's corrections of the prefilled 300 values; blank keeps the prefilled value.</summary>
    [BindProperty]
    public CorrectionInput Correction { get; set; } = new();

    public string? ErrorMessage { get; set; }

    string? IFormPage.FieldPrefix => nameof(Correction);

    private bool _correcting;

    /// <summary>A correction's broken rule (a day count over 180) is said beside the days away; the other forms' above the page.</summary>
    string? IFormPage.RuleField => _correcting ? $"{nameof(Correction)}.{nameof(CorrectionInput.DaysAway)}" : null;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Case = await sender.Send(new GetInjuryCaseQuery(id), cancellationToken);
        Recordable = Case.OshaRecordable ?? false;
        PrivacyCase = Case.OshaPrivacyCase;
        Correction = CorrectionInput.From(Case.OshaCorrection);
    }

    public async Task<IActionResult> OnPostReopenAsync(Guid id, CancellationToken cancellationToken)
    {
        await sender.Send(new ReopenInjuryCaseCommand(id), cancellationToken);
        TempData["Flash"] = "Case reopened. It takes new work statuses again.";
        return RedirectToPage("Details", new { id });
    }

    public async Task<IActionResult> OnPostOshaAsync(Guid id, CancellationToken cancellationToken)
    {
        await sender.Send(new DecideOshaRecordingCommand(id, Recordable, PrivacyCase), cancellationToken);
        TempData["Flash"] = "OSHA recording saved.";
        return RedirectToPage("Details", new { id });
    }

    public async Task<IActionResult> OnPostOsha300Async(Guid id, CancellationToken cancellationToken)
    {
        if (ModelState.GetFieldValidationState(nameof(Correction)) == ModelValidationState.Invalid
            || ModelState.Any(e => e.Key.StartsWith(nameof(Correction) + ".", StringComparison.Ordinal) && e.Value?.ValidationState == ModelValidationState.Invalid))
        {
            foreach (var entry in ModelState.Values.Where(e => e.ValidationState == ModelValidationState.Invalid))
            {
                entry.Errors.Clear();
                entry.Errors.Add("This value could not be read; choose from the list or enter a whole number.");
                entry.RawValue = null;
                entry.AttemptedValue = null;
            }

            Case = await sender.Send(new GetInjuryCaseQuery(id), cancellationToken);
            return new PageResult { StatusCode = StatusCodes.Status400BadRequest };
        }

        _correcting = true;
        await sender.Send(Correction.ToCommand(id), cancellationToken);
        TempData["Flash"] = "OSHA 300 values saved.";
        return RedirectToPage("Details", new { id });
    }

    async Task IFormPage.RedisplayAsync(CancellationToken cancellationToken) =>
        Case = await sender.Send(new GetInjuryCaseQuery(this.RouteGuid("id")), cancellationToken);
}

public sealed class CorrectionInput
{
    [Display(Name = "Classification")]
    public OshaClassification? Classification { get; set; }

    [Display(Name = "Job title")]
    public string? JobTitle { get; set; }

    [Display(Name = "Where the event occurred")]
    public string? WhereOccurred { get; set; }

    [Display(Name = "Description (injury or illness, parts of body affected)")]
    public string? Description { get; set; }

    [Display(Name = "Days away from work")]
    public int? DaysAway { get; set; }

    [Display(Name = "Days of job transfer or restriction")]
    public int? DaysRestricted { get; set; }

    public static CorrectionInput From(Osha300Correction c) => new()
    {
        Classification = c.Classification, JobTitle = c.JobTitle, WhereOccurred = c.WhereOccurred, Description = c.Description,
        DaysAway = c.DaysAway, DaysRestricted = c.DaysRestricted,
    };

    public CorrectOsha300Command ToCommand(Guid id) => new(id, Classification, JobTitle, WhereOccurred, Description, DaysAway, DaysRestricted);
}
