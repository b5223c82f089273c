using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmployerPortal.Web.Pages;

/// <summary>The friendly error page for every failed page request; it never shows exception details.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Something went wrong";

    public string Message { get; private set; } = "We could not complete your request. Please try again; if it keeps happening, contact support.";

    public string? TraceId { get; private set; }

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        var status = code ?? Response.StatusCode;
        (Title, Message) = status switch
        {
            StatusCodes.Status404NotFound => ("Page not found", "We could not find what you asked for. It may have moved, or the link may be mistyped."),
            StatusCodes.Status403Forbidden => ("Not allowed", "Your role does not allow this. Ask an Admin of your company if you need access."),
            StatusCodes.Status400BadRequest => ("Bad request", "The request could not be understood. Please go back and try again."),
            StatusCodes.Status409Conflict => ("Could not complete", "The record changed in the meantime. Reload it and try again."),
            StatusCodes.Status429TooManyRequests => ("Too many requests", "You have sent this form too often. Please wait a few minutes and try again."),
            _ => (Title, Message),
        };
        TraceId = status >= 500 ? Activity.Current?.Id ?? HttpContext.TraceIdentifier : null;
    }
}
