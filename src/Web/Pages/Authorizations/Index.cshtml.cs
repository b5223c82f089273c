using EmployerPortal.Application.Companies.Queries.GetMyLocations;
using EmployerPortal.Application.Authorizations.Queries.SearchAuthorizations;
using EmployerPortal.Application.Companies.Locations;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmployerPortal.Web.Pages.Authorizations;

public sealed class IndexModel(ISender sender) : PageModel, ISearchPage
{
    [BindProperty(SupportsGet = true)]
    public SearchInput Search { get; set; } = new();

    public AuthorizationSearchResult? Result { get; private set; }

    /// <summary>The locations the user sees; the list filters by one when there are two or more.</summary>
    public IReadOnlyList<LocationDto> Locations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Locations = await sender.Send(new GetMyLocationsQuery(), cancellationToken);
        if (!ModelState.IsValid)
        {
            return;
        }

        Result = await this.SearchDroppingRefusedFiltersAsync(() => sender.Send(new SearchAuthorizationsQuery(Search.ToCriteria()), cancellationToken).AsTask());
    }

    public string FieldOf(string criterion) => criterion.Replace("Criteria.", string.Empty, StringComparison.Ordinal) switch
    {
        nameof(AuthorizationSearchCriteria.Page) => $"{nameof(Search)}.{nameof(SearchInput.PageNumber)}",
        var field => $"{nameof(Search)}.{field}",
    };

    /// <summary>Drops a refused filter; a refused date drops the whole range it belongs to.</summary>
    public void Drop(string field)
    {
        switch (field[(nameof(Search).Length + 1)..])
        {
            case nameof(SearchInput.Number):
                Search.Number = null;
                break;
            case nameof(SearchInput.EmployeeName):
                Search.EmployeeName = null;
                break;
            case nameof(SearchInput.Status):
                Search.Status = null;
                break;
            case nameof(SearchInput.Reason):
                Search.Reason = null;
                break;
            case nameof(SearchInput.Location):
                Search.Location = null;
                break;
            case nameof(SearchInput.Sort):
                Search.Sort = AuthorizationSort.CreatedAt;
                break;
            case nameof(SearchInput.PageNumber):
                Search.PageNumber = 1;
                break;
            default:
                Search.CreatedFrom = Search.CreatedTo = null;
                break;
        }
    }

    /// <summary>The route values of this search with one sort or page changed, for links.</summary>
    public Dictionary<string, string?> RouteFor(AuthorizationSort? sort = null, int? page = null)
    {
        var descending = sort is null ? Search.Desc : sort == Search.Sort ? !Search.Desc : sort == AuthorizationSort.CreatedAt;
        return new Dictionary<string, string?>
        {
            ["Search.Number"] = Search.Number,
            ["Search.EmployeeName"] = Search.EmployeeName,
            ["Search.Status"] = Search.Status?.ToString(),
            ["Search.Reason"] = Search.Reason?.ToString(),
            ["Search.Location"] = Search.Location,
            ["Search.CreatedFrom"] = Search.CreatedFrom?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Search.CreatedTo"] = Search.CreatedTo?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Search.Sort"] = (sort ?? Search.Sort).ToString(),
            ["Search.Desc"] = descending.ToString(),
            ["Search.PageNumber"] = (page ?? (sort is null ? Search.PageNumber : 1)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    public string? AriaSort(AuthorizationSort column) =>
        Search.Sort == column ? (Search.Desc ? "descending" : "ascending") : null;

    public sealed class SearchInput
    {
        public string? Number { get; set; }

        public string? EmployeeName { get; set; }

        public AuthorizationStatus? Status { get; set; }

        public AuthorizationReason? Reason { get; set; }

        public string? Location { get; set; }

        public DateOnly? CreatedFrom { get; set; }

        public DateOnly? CreatedTo { get; set; }

        public AuthorizationSort Sort { get; set; } = AuthorizationSort.CreatedAt;

        public bool Desc { get; set; } = true;

        /// <summary>Not "Page": that name would bind Razor Pages' own route value.</summary>
        public int PageNumber { get; set; } = 1;

        public AuthorizationSearchCriteria ToCriteria() => new(Number, EmployeeName, Status, Reason, CreatedFrom, CreatedTo, Sort, Desc, PageNumber, Location: Location);
    }
}
