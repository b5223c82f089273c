using EmployerPortal.Application.Authorizations.Commands.VoidAuthorization;
using EmployerPortal.Application.Authorizations.Queries.GetAuthorization;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Domain.Common;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmployerPortal.Web.Pages.Authorizations;

/// <summary>Asks for confirmation, then voids. The page is offered to Admins only; the pipeline refuses anyone else regardless.</summary>
public sealed class VoidModel(ISender sender, ICurrentUser currentUser) : PageModel
{
    public AuthorizationDetailDto Authorization { get; private set; } = null!;

    public string? ErrorMessage { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Authorization = await sender.Send(new GetAuthorizationQuery(id), cancellationToken);
        return currentUser.Can(Permission.DeleteAuthorizations) ? Page() : StatusCode(StatusCodes.Status403Forbidden);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(new VoidAuthorizationCommand(id), cancellationToken);
            TempData["Flash"] = "Authorization voided. Its number stays reserved.";
            return RedirectToPage("Details", new { id });
        }
        catch (BusinessRuleViolationException ex)
        {
            ErrorMessage = ex.Message;
        }

        Authorization = await sender.Send(new GetAuthorizationQuery(id), cancellationToken);
        return Page();
    }
}
