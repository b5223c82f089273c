using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.InjuryCases.Commands.DecideOshaRecording;
using EmployerPortal.Application.InjuryCases.Commands.ReopenInjuryCase;
using EmployerPortal.Application.InjuryCases.Queries.GetInjuryCase;
using EmployerPortal.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
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

    public string? ErrorMessage { get; set; }

    string? IFormPage.FieldPrefix => null;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Case = await sender.Send(new GetInjuryCaseQuery(id), cancellationToken);
        Recordable = Case.OshaRecordable ?? false;
        PrivacyCase = Case.OshaPrivacyCase;
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

    async Task IFormPage.RedisplayAsync(CancellationToken cancellationToken) =>
        Case = await sender.Send(new GetInjuryCaseQuery(this.RouteGuid("id")), cancellationToken);
}
