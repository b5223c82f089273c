using EmployerPortal.Application.Authorizations.Queries.GetAuthorization;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmployerPortal.Web.Pages.Authorizations;

public sealed class DetailsModel(ISender sender) : PageModel
{
    public AuthorizationDetailDto Authorization { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        Authorization = await sender.Send(new GetAuthorizationQuery(id), cancellationToken);
}
