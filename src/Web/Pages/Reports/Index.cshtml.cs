using EmployerPortal.Application.Companies.Locations;
using EmployerPortal.Application.Companies.Queries.GetMyLocations;
using System.ComponentModel.DataAnnotations;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Reports;
using EmployerPortal.Application.Reports.Commands.CancelReportSubscription;
using EmployerPortal.Application.Reports.Commands.OpenDeliveredReport;
using EmployerPortal.Application.Reports.Commands.RunReport;
using EmployerPortal.Application.Reports.Commands.SubscribeToReport;
using EmployerPortal.Application.Reports.Queries.GetMyReports;
using EmployerPortal.Domain.Reports;
using EmployerPortal.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmployerPortal.Web.Pages.Reports;

/// <summary>Run a report for a period (PDF or CSV), manage one's own subscriptions, download delivered reports.</summary>
public sealed class IndexModel(ISender sender, PageLocalTime time) : PageModel, IFormPage
{
    [BindProperty]
    public RunInput Input { get; set; } = new();

    [BindProperty]
    public SubscribeInput Subscription { get; set; } = new();

    public MyReportsDto Mine { get; private set; } = new([], []);

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = time.Local.Today;
        Input = new RunInput { From = today.AddDays(-30), To = today };
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRunAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(cancellationToken);
        }

        var file = await sender.Send(new RunReportCommand(Input.Kind, Input.From ?? default, Input.To ?? default, Input.Format, Input.Location), cancellationToken);
        return File(file.Content, file.ContentType, file.FileName);
    }

    public string? ErrorMessage { get; set; }

    Task IFormPage.RedisplayAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostSubscribeAsync(CancellationToken cancellationToken)
    {
        // Only the subscription form is posted here (the run form's required dates are not): a kind or frequency that did not bind is refused.
        if (ModelState.Any(e => e.Key.StartsWith(nameof(Subscription) + ".", StringComparison.Ordinal) && e.Value?.ValidationState == ModelValidationState.Invalid))
        {
            return await RedisplayAsync(cancellationToken);
        }

        await sender.Send(new SubscribeToReportCommand(Subscription.Kind, Subscription.Frequency), cancellationToken);
        StatusMessage = $"Subscribed: {ReportKinds.DisplayName(Subscription.Kind)}, {Subscription.Frequency.ToString().ToLowerInvariant()}.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken cancellationToken)
    {
        await sender.Send(new CancelReportSubscriptionCommand(id), cancellationToken);
        StatusMessage = "Subscription cancelled.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnGetDownloadAsync(Guid id, ReportFormat format, CancellationToken cancellationToken)
    {
        var file = await sender.Send(new OpenDeliveredReportCommand(id, format), cancellationToken);
        return File(file.Content, file.ContentType, file.FileName);
    }

    private async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>The locations the user sees; a report can be run for one of them when there are two or more.</summary>
    public IReadOnlyList<LocationDto> Locations { get; private set; } = [];

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Mine = await sender.Send(new GetMyReportsQuery(), cancellationToken);
        Locations = await sender.Send(new GetMyLocationsQuery(), cancellationToken);
    }

    public sealed class RunInput
    {
        [Display(Name = "Report")]
        public ReportKind Kind { get; set; }

        [Display(Name = "From")]
        [Required(ErrorMessage = "Choose the first day.")]
        public DateOnly? From { get; set; }

        [Display(Name = "To")]
        [Required(ErrorMessage = "Choose the last day.")]
        public DateOnly? To { get; set; }

        [Display(Name = "Format")]
        public ReportFormat Format { get; set; }

        /// <summary>One location, or none for all the user sees.</summary>
        [Display(Name = "Location")]
        public string? Location { get; set; }
    }

    public sealed class SubscribeInput
    {
        [Display(Name = "Report")]
        public ReportKind Kind { get; set; }

        [Display(Name = "How often")]
        public ReportFrequency Frequency { get; set; } = ReportFrequency.Weekly;
    }
}
