using EmployerPortal.Application.AccountRequests.Commands.SubmitAccountRequest;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Domain.AccountRequests;
using EmployerPortal.Web.AccountRequests;
using EmployerPortal.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace EmployerPortal.Web.Pages.Account;

/// <summary>
/// The public "Request an account" form. Rate limited per client address; a honeypot field that people never see
/// catches simple bots, which are shown the confirmation page without anything being stored or sent.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(AccountRequestsWebModule.PublicFormsPolicy)]
public sealed class RequestAccountModel(ISender sender) : PageModel, IFormPage
{
    public static readonly IReadOnlyList<(ServicesOfInterest Service, string Label)> ServiceChoices =
    [
        (ServicesOfInterest.InjuryCare, "Injury care (workers' compensation)"),
        (ServicesOfInterest.PrePlacementPhysicals, "Pre-placement physicals"),
        (ServicesOfInterest.DotPhysicals, "DOT physicals"),
        (ServicesOfInterest.DrugAndAlcoholTesting, "Drug and alcohol testing"),
        (ServicesOfInterest.RespiratorFitTests, "Respirator fit tests"),
        (ServicesOfInterest.Vaccines, "Vaccines"),
        (ServicesOfInterest.MedicalSurveillance, "Medical surveillance"),
    ];

    [BindProperty]
    public RequestInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(Input.Website))
        {
            return RedirectToPage("RequestAccountReceived");
        }

        // A number that did not bind is reported once, by the validator's message.
        ModelState.Remove("Input.NumberOfEmployees");
        await sender.Send(
            new SubmitAccountRequestCommand(Input.CompanyName, Input.ContactName, Input.Email, Input.Phone, Input.NumberOfEmployees,
                Input.LocationZipCodes, Input.Services, Input.Message),
            cancellationToken);
        return RedirectToPage("RequestAccountReceived");
    }

    public string? ErrorMessage { get; set; }

    public Task RedisplayAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public sealed class RequestInput
    {
        public string? CompanyName { get; set; }

        public string? ContactName { get; set; }

        public string? Email { get; set; }

        public string? Phone { get; set; }

        public int? NumberOfEmployees { get; set; }

        public string? LocationZipCodes { get; set; }

        public List<ServicesOfInterest> Services { get; set; } = [];

        public string? Message { get; set; }

        /// <summary>The honeypot: hidden from people, filled in by bots.</summary>
        public string? Website { get; set; }
    }
}
