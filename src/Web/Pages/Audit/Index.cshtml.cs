using EmployerPortal.Web.Infrastructure;
using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Audit.Queries.ExportAccessHistory;
using EmployerPortal.Application.Audit.Queries.GetAccessHistory;
using EmployerPortal.Application.Users.Queries.ListCompanyUsers;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmployerPortal.Web.Pages.Audit;

/// <summary>"Access history" (Admin): the company's audit trail, filtered by user, action and date, paged, exportable as CSV.</summary>
public sealed class IndexModel(ISender sender) : PageModel, IFormPage
{
    public static readonly IReadOnlyList<string> Actions =
    [
        AuditActions.SignInSucceeded, AuditActions.SignInFailed, AuditActions.SignedOut, AuditActions.UserInvited,
        AuditActions.InvitationRevoked, AuditActions.InvitationAccepted, AuditActions.UserRoleChanged, AuditActions.UserDerMarkChanged, AuditActions.UserDisabled,
        AuditActions.UserEnabled, AuditActions.PasswordReset, AuditActions.PasswordChanged, AuditActions.CompanyAccountChanged,
        AuditActions.AuthorizationCreated, AuditActions.AuthorizationVoided, AuditActions.AuthorizationEmailed,
        AuditActions.ResultViewed, AuditActions.ResultDownloaded,
        AuditActions.CompanySettingsChanged, AuditActions.SignInAwaitingTwoFactor, AuditActions.TwoFactorSignInSucceeded, AuditActions.TwoFactorSignInFailed,
        AuditActions.TwoFactorEnabled, AuditActions.TwoFactorDisabled, AuditActions.RecoveryCodesRegenerated, AuditActions.TwoFactorReset,
    ];

    [BindProperty(SupportsGet = true)]
    public Guid? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public AccessHistoryPage History { get; private set; } = null!;

    public IReadOnlyList<CompanyUserDto> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        History = await sender.Send(new GetAccessHistoryQuery(UserId, Action, From, To, PageNumber), cancellationToken);
        Users = await sender.Send(new ListCompanyUsersQuery(), cancellationToken);
    }

    public string? FieldPrefix => string.Empty;

    public string? ErrorMessage { get; set; }

    /// <summary>After a refused filter (a reversed or impossible date range) the page shows the unfiltered history.</summary>
    public async Task RedisplayAsync(CancellationToken cancellationToken)
    {
        History = await sender.Send(new GetAccessHistoryQuery(UserId, Action, null, null, 1), cancellationToken);
        Users = await sender.Send(new ListCompanyUsersQuery(), cancellationToken);
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var csv = await sender.Send(new ExportAccessHistoryQuery(UserId, Action, From, To), cancellationToken);
        return File(csv.Content, "text/csv; charset=utf-8", csv.FileName);
    }

    public Dictionary<string, string> RouteFor(int page) => new()
    {
        ["UserId"] = UserId?.ToString() ?? string.Empty,
        ["Action"] = Action ?? string.Empty,
        ["From"] = From?.ToString("yyyy-MM-dd") ?? string.Empty,
        ["To"] = To?.ToString("yyyy-MM-dd") ?? string.Empty,
        ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
