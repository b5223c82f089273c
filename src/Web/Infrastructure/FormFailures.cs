using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Domain.Common;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmployerPortal.Web.Infrastructure;

/// <summary>
/// A page whose handlers send commands and let their failures through: <see cref="FormFailurePageFilter"/> turns them
/// into messages and shows the page again. Page models do not catch these failures one by one.
/// </summary>
public interface IFormPage
{
    /// <summary>
    /// Where a field's message goes: command property <c>Address.City</c> → <c>{FieldPrefix}.Address.City</c>; null for
    /// a page without fields of its own (a list with buttons), whose messages are said above it.
    /// </summary>
    string? FieldPrefix => "Input";

    /// <summary>A broken rule or a conflict, said above the form.</summary>
    string? ErrorMessage { get; set; }

    /// <summary>Loads again what the page shows, before it is shown with the messages.</summary>
    Task RedisplayAsync(CancellationToken cancellationToken);
}

/// <summary>
/// The one convention for form failures on every <see cref="IFormPage"/>: a validation failure puts each message beside
/// its field (400); a broken domain rule or a conflict is said above the form (409). Nothing was saved: the unit of
/// work commits only a command that succeeds.
/// </summary>
public sealed class FormFailurePageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed is not { Exception: { } exception, ExceptionHandled: false } || context.HandlerInstance is not PageModel page || page is not IFormPage form)
        {
            return;
        }

        int status;
        switch (exception)
        {
            case ValidationFailedException invalid when form.FieldPrefix is { } prefix:
                page.ModelState.AddValidationErrors(invalid, prefix);
                status = StatusCodes.Status400BadRequest;
                break;
            case ValidationFailedException invalid:
                form.ErrorMessage = string.Join(' ', invalid.Errors.SelectMany(e => e.Value));
                status = StatusCodes.Status400BadRequest;
                break;
            case BusinessRuleViolationException or ConflictException:
                form.ErrorMessage = exception.Message;
                status = StatusCodes.Status409Conflict;
                break;
            default:
                return;
        }

        await form.RedisplayAsync(context.HttpContext.RequestAborted);
        executed.ExceptionHandled = true;
        executed.Result = new PageResult { StatusCode = status };
    }
}

public static class PageRouteExtensions
{
    /// <summary>The id in the page's route (<c>/Authorizations/Void/{id}</c>), for reloading the page after a failure.</summary>
    public static Guid RouteGuid(this PageModel page, string name) =>
        Guid.TryParse(page.RouteData.Values[name]?.ToString(), out var id) ? id : Guid.Empty;
}
