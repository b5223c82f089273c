using EmployerPortal.Application.Authorizations.Commands.EmailAuthorization;
using EmployerPortal.Application.Authorizations.Queries.GetAuthorization;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmployerPortal.Web.Pages.Authorizations;

public sealed class EmailModel(ISender sender) : PageModel, IFormPage
{
    public AuthorizationDetailDto Authorization { get; private set; } = null!;

    [BindProperty]
    public EmailInput Input { get; set; } = new();

    public string? ErrorMessage { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Authorization = await sender.Send(new GetAuthorizationQuery(id), cancellationToken);
        Input.To = Authorization.Employee.Email;
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var sent = await sender.Send(new EmailAuthorizationCommand(id, Input.To), cancellationToken);
        TempData["Flash"] = $"Authorization emailed to {sent.To}.";
        return RedirectToPage("Details", new { id });
    }

    public async Task RedisplayAsync(CancellationToken cancellationToken) =>
        Authorization = await sender.Send(new GetAuthorizationQuery(this.RouteGuid("id")), cancellationToken);

    public sealed class EmailInput
    {
        public string? To { get; set; }
    }
}
