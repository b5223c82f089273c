using EmployerPortal.Application.Common.Exceptions;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmployerPortal.Web.Infrastructure;

/// <summary>A list page whose filters arrive in the query string (results, visits, authorizations).</summary>
public interface ISearchPage
{
    /// <summary>The query-string field that carries a query's criterion (criterion <c>VisitFrom</c> → field <c>From</c>).</summary>
    string FieldOf(string criterion) => criterion;

    /// <summary>Drops a refused field's value, so the search runs without it.</summary>
    void Drop(string field);
}

public static class SearchPageExtensions
{
    /// <summary>
    /// The one convention for search pages: a filter the query refuses (a reversed range, a year 9999) gets its message
    /// beside its field and is dropped, and the list is shown searched without it — never an empty page or a 500.
    /// </summary>
    public static async Task<T> SearchDroppingRefusedFiltersAsync<TPage, T>(this TPage page, Func<Task<T>> search)
        where TPage : PageModel, ISearchPage
    {
        try
        {
            return await search();
        }
        catch (ValidationFailedException refused)
        {
            foreach (var (criterion, messages) in refused.Errors)
            {
                var field = page.FieldOf(criterion);
                page.ModelState.AddModelError(field, string.Join(' ', messages));
                page.Drop(field);
            }

            return await search();
        }
    }
}
