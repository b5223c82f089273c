using EmployerPortal.Web.Infrastructure;
using EmployerPortal.Application.Authorizations.Commands.VoidAuthorization;
using EmployerPortal.Application.Authorizations.Queries.GetAuthorization;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Domain.Common;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmployerPortal.Web.Pages.Authorizations;

/// <summary>Asks for confirmation, then voids. The page is offered to Admins only; the pipeline refuses anyone else regardless.</summary>
public sealed class VoidModel(ISender sender, ICurrentUser currentUser) : PageModel, IFormPage
{
    public AuthorizationDetailDto Authorization { get; private set; } = null!;

    [BindProperty]
    public VoidInput Input { get; set; } = new();

    public string? ErrorMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Authorization = await sender.Send(new GetAuthorizationQuery(id), cancellationToken);
        return currentUser.Can(Permission.DeleteAuthorizations) ? Page() : StatusCode(StatusCodes.Status403Forbidden);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        await sender.Send(new VoidAuthorizationCommand(id, Input.Reason), cancellationToken);
        TempData["Flash"] = "Authorization voided. Its number stays reserved.";
        return RedirectToPage("Details", new { id });
    }

    public async Task RedisplayAsync(CancellationToken cancellationToken) =>
        Authorization = await sender.Send(new GetAuthorizationQuery(this.RouteGuid("id")), cancellationToken);

    public sealed class VoidInput
    {
        /// <summary>Why it is voided: kept on the authorization and in the audit trail, never emailed.</summary>
        public string? Reason { get; set; }
    }
}
