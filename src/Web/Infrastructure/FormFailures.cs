using EmployerPortal.Application.Common.Documents;
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

    /// <summary>The form field a command property's message goes beside (by default <c>{FieldPrefix}.{property}</c>).</summary>
    string FieldOf(string property) => FieldPrefix is { Length: > 0 } prefix ? $"{prefix}.{property}" : property;

    /// <summary>Where a broken rule's message goes: a field, or null for above the form.</summary>
    string? RuleField => null;

    /// <summary>Where this broken rule's message goes, for a page whose rules are about different fields (by default <see cref="RuleField"/>).</summary>
    string? FieldOfRule(IBusinessRule rule) => RuleField;

    /// <summary>A broken rule, a conflict or a document that cannot be merged, said above the form.</summary>
    string? ErrorMessage { get; set; }

    /// <summary>
    /// Someone else saved first: a page that can show their version takes it (and answers true) instead of a message.
    /// </summary>
    bool ShowNewerVersion(object current) => false;

    /// <summary>Loads again what the page shows, before it is shown with the messages.</summary>
    Task RedisplayAsync(CancellationToken cancellationToken);
}

/// <summary>
/// The one convention for form failures on every <see cref="IFormPage"/>: a validation failure puts each message beside
/// its field (400); a broken domain rule or a conflict is said above the form, or beside the field the page names (409);
/// a concurrency conflict shows the newer version where the page can; a merge that fails is said above the page (422).
/// Nothing was saved: the unit of work commits only a command that succeeds.
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
            case ValidationFailedException invalid when form.FieldPrefix is not null:
                foreach (var (property, messages) in invalid.Errors)
                {
                    foreach (var message in messages)
                    {
                        page.ModelState.AddModelError(form.FieldOf(property), message);
                    }
                }

                status = StatusCodes.Status400BadRequest;
                break;
            case ValidationFailedException invalid:
                form.ErrorMessage = string.Join(' ', invalid.Errors.SelectMany(e => e.Value));
                status = StatusCodes.Status400BadRequest;
                break;
            case BusinessRuleViolationException broken when form.FieldOfRule(broken.BrokenRule) is { } field:
                page.ModelState.AddModelError(field, broken.Message);
                status = StatusCodes.Status409Conflict;
                break;
            case ConcurrencyConflictException { Current: { } current } when form.ShowNewerVersion(current):
                status = StatusCodes.Status409Conflict;
                break;
            case BusinessRuleViolationException or ConflictException:
                form.ErrorMessage = exception.Message;
                status = StatusCodes.Status409Conflict;
                break;
            case DocumentMergeFailedException:
                form.ErrorMessage = exception.Message;
                status = StatusCodes.Status422UnprocessableEntity;
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
