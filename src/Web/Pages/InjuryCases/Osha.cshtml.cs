using System.ComponentModel.DataAnnotations;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.InjuryCases;
using EmployerPortal.Application.InjuryCases.Commands.SaveOshaEstablishment;
using EmployerPortal.Application.InjuryCases.Queries.GetOsha300ASummary;
using EmployerPortal.Application.InjuryCases.Queries.GetOsha300Log;
using EmployerPortal.Application.InjuryCases.Queries.ListInjuryCases;
using EmployerPortal.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmployerPortal.Web.Pages.InjuryCases;

/// <summary>
/// The OSHA records of a location and a year (Admins): the 300 log and the 300A summary, on screen and as CSV or PDF,
/// and the establishment details the summary needs.
/// </summary>
public sealed class OshaModel(ISender sender) : PageModel, IFormPage
{
    public const string UnreadableYear = "Enter the calendar year as four digits, such as 2026.";

    [BindProperty(SupportsGet = true)]
    public string? Location { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public EstablishmentInput Input { get; set; } = new();

    public Osha300LogDto Log { get; private set; } = null!;

    public Osha300ASummaryDto Summary { get; private set; } = null!;

    public IReadOnlyList<CaseLocationDto> Locations { get; private set; } = [];

    public string? ErrorMessage { get; set; }

    /// <summary>The year's message goes beside the year; the establishment's beside its fields.</summary>
    string IFormPage.FieldOf(string property) => property == nameof(Year) ? nameof(Year) : $"{nameof(Input)}.{property}";

    /// <summary>Hours that no number of employees could work are said beside the hours.</summary>
    string? IFormPage.RuleField => $"{nameof(Input)}.{nameof(EstablishmentInput.HoursWorked)}";

    public Task OnGetAsync(CancellationToken cancellationToken)
    {
        RefuseUnreadableYear();
        return LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        RefuseUnreadableYear();
        if (!ModelState.IsValid)
        {
            foreach (var entry in ModelState.Values.Where(e => e.ValidationState == ModelValidationState.Invalid))
            {
                entry.Errors.Clear();
                entry.Errors.Add("This value could not be read; enter a whole number.");
                entry.RawValue = null;
                entry.AttemptedValue = null;
            }

            await LoadAsync(cancellationToken);
            return new PageResult { StatusCode = StatusCodes.Status400BadRequest };
        }

        await sender.Send(Input.ToCommand(Location, Year), cancellationToken);
        TempData["Flash"] = "Establishment details saved.";
        return RedirectToPage(new { Location, Year });
    }

    public Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) => DownloadLogAsync(OshaFormat.Csv, cancellationToken);

    public Task<IActionResult> OnGetPdfAsync(CancellationToken cancellationToken) => DownloadLogAsync(OshaFormat.Pdf, cancellationToken);

    public Task<IActionResult> OnGetSummaryCsvAsync(CancellationToken cancellationToken) => DownloadSummaryAsync(OshaFormat.Csv, cancellationToken);

    public Task<IActionResult> OnGetSummaryPdfAsync(CancellationToken cancellationToken) => DownloadSummaryAsync(OshaFormat.Pdf, cancellationToken);

    Task IFormPage.RedisplayAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task<IActionResult> DownloadLogAsync(OshaFormat format, CancellationToken cancellationToken)
    {
        RefuseUnreadableYear();
        var file = (await sender.Send(new GetOsha300LogQuery(Location, Year, format), cancellationToken)).File!;
        return File(file.Content, file.ContentType, file.FileName);
    }

    private async Task<IActionResult> DownloadSummaryAsync(OshaFormat format, CancellationToken cancellationToken)
    {
        RefuseUnreadableYear();
        var file = (await sender.Send(new GetOsha300ASummaryQuery(Location, Year, format), cancellationToken)).File!;
        return File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>A year that is not a number is refused beside the year, not read as "this year".</summary>
    private void RefuseUnreadableYear()
    {
        if (ModelState.GetFieldValidationState(nameof(Year)) == ModelValidationState.Invalid)
        {
            ModelState.Remove(nameof(Year));
            throw ValidationFailedException.ForField(nameof(Year), UnreadableYear);
        }
    }

    /// <summary>
    /// What the page shows (a year that failed is shown as this year's records, with its message beside the year field);
    /// on a GET the establishment form holds the saved details.
    /// </summary>
    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var year = ModelState.GetFieldValidationState(nameof(Year)) == ModelValidationState.Invalid ? null : Year;
        Locations = (await sender.Send(new ListInjuryCasesQuery(), cancellationToken)).Locations;
        Log = await sender.Send(new GetOsha300LogQuery(Location, year), cancellationToken);
        Summary = await sender.Send(new GetOsha300ASummaryQuery(Location, year), cancellationToken);
        if (HttpMethods.IsGet(Request.Method))
        {
            Input = EstablishmentInput.From(Summary, Log.LocationName);
        }
    }

    public sealed class EstablishmentInput
    {
        [Display(Name = "Establishment name")]
        public string? EstablishmentName { get; set; }

        [Display(Name = "Street")]
        public string? Street { get; set; }

        [Display(Name = "City")]
        public string? City { get; set; }

        [Display(Name = "State")]
        public string? State { get; set; }

        [Display(Name = "ZIP code")]
        public string? PostalCode { get; set; }

        [Display(Name = "Industry description")]
        public string? IndustryDescription { get; set; }

        [Display(Name = "NAICS code")]
        public string? NaicsCode { get; set; }

        [Display(Name = "Annual average number of employees")]
        public int? AverageEmployees { get; set; }

        [Display(Name = "Total hours worked by all employees")]
        public long? HoursWorked { get; set; }

        public static EstablishmentInput From(Osha300ASummaryDto summary, string? locationName) => summary.Establishment is { } e
            ? new EstablishmentInput
            {
                EstablishmentName = e.EstablishmentName, Street = e.Street, City = e.City, State = e.State, PostalCode = e.PostalCode,
                IndustryDescription = e.IndustryDescription, NaicsCode = e.NaicsCode, AverageEmployees = e.AverageEmployees, HoursWorked = e.HoursWorked,
            }
            : new EstablishmentInput { EstablishmentName = locationName };

        public SaveOshaEstablishmentCommand ToCommand(string? location, int? year) =>
            new(location, year, EstablishmentName, Street, City, State, PostalCode, IndustryDescription, NaicsCode, AverageEmployees, HoursWorked);
    }
}
