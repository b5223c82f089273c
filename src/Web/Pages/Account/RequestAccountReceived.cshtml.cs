using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmployerPortal.Web.Pages.Account;

[AllowAnonymous]
public sealed class RequestAccountReceivedModel : PageModel
{
    public void OnGet()
    {
    }
}
