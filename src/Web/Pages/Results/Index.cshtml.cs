using EmployerPortal.Application.Companies.Locations;
using EmployerPortal.Application.Companies.Queries.GetMyLocations;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Results;
using EmployerPortal.Application.Results.Commands.DownloadMergedResults;
using EmployerPortal.Application.Results.Commands.ExportResults;
using EmployerPortal.Application.Results.Queries.ListMatchingResults;
using EmployerPortal.Application.Results.Queries.SearchResults;
using EmployerPortal.Domain.Results;
using EmployerPortal.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmployerPortal.Web.Pages.Results;

/// <summary>
/// The company's result documents: search, filters, paging, sorting, "download selected as one PDF" (with "select all
/// that match"), and the filtered list as CSV.
/// </summary>
public sealed class IndexModel(ISender sender, ITenantContext tenant) : PageModel, ISearchPage, IFormPage
{
    public static readonly int[] PageSizes = [10, 25, 50, 100];

    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? EmployeeId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public VisitCategory? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public ResultType? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public ResultOutcome? Outcome { get; set; }

    /// <summary>One location's results (the list offers the user's locations when there are two or more).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Location { get; set; }

    [BindProperty(SupportsGet = true)]
    public ResultSort Sort { get; set; } = ResultSort.Received;

    [BindProperty(SupportsGet = true)]
    public bool Asc { get; set; }

    [BindProperty(SupportsGet = true, Name = "pg")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public int Size { get; set; } = ResultLimits.DefaultPageSize;

    public ResultSearchResult Result { get; private set; } = null!;

    /// <summary>The locations the user sees.</summary>
    public IReadOnlyList<LocationDto> Locations { get; private set; } = [];

    /// <summary>Why the selected documents could not be merged, said above the list.</summary>
    public string? ErrorMessage { get; set; }

    string? IFormPage.FieldPrefix => null;

    /// <summary>The result types to filter by: drug and alcohol types only for a DER, for whom alone they exist.</summary>
    public IEnumerable<ResultTypeInfo> TypeChoices => ResultTypes.All.Where(t => !t.IsDrugAndAlcohol || tenant.SeesDrugAndAlcohol);

    public int MaxPage => ResultLimits.MaxSearchRows / Size;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Locations = await sender.Send(new GetMyLocationsQuery(), cancellationToken);
        Result = await this.SearchDroppingRefusedFiltersAsync(() => SearchAsync(cancellationToken));
        return Page();
    }

    public async Task<IActionResult> OnPostMergeAsync([FromForm] List<Guid> documentIds, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            ErrorMessage = "Some of the selected documents could not be read. Select them again.";
            Locations = await sender.Send(new GetMyLocationsQuery(), cancellationToken);
            Result = await SearchAsync(cancellationToken);
            return Page();
        }

        var merged = await sender.Send(new DownloadMergedResultsCommand(documentIds), cancellationToken);
        return File(merged.Content, "application/pdf", merged.FileName);
    }

    /// <summary>"Export CSV": every row of this search (its filters and order), not only this page.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var csv = await sender.Send(new ExportResultsCommand(Criteria()), cancellationToken);
        return File(csv.Content, "text/csv; charset=utf-8", csv.FileName);
    }

    /// <summary>"Select all that match": the ids of every document of this search, in its order (at most one merge's worth).</summary>
    public async Task<IActionResult> OnGetMatchingAsync(CancellationToken cancellationToken) =>
        new JsonResult(new { ids = await sender.Send(new ListMatchingResultsQuery(Criteria()), cancellationToken) });

    async Task IFormPage.RedisplayAsync(CancellationToken cancellationToken)
    {
        Locations = await sender.Send(new GetMyLocationsQuery(), cancellationToken);
        Result = await SearchAsync(cancellationToken);
    }

    /// <summary>The query string of this search with some values changed (paging and sorting links).</summary>
    public Dictionary<string, string> RouteWith(int? page = null, ResultSort? sort = null, bool? asc = null) => new Dictionary<string, string?>
    {
        ["Name"] = Name,
        ["EmployeeId"] = EmployeeId,
        ["From"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["To"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["Category"] = Category?.ToString(),
        ["Type"] = Type?.ToString(),
        ["Outcome"] = Outcome?.ToString(),
        ["Location"] = Location,
        ["Sort"] = (sort ?? Sort).ToString(),
        ["Asc"] = (asc ?? Asc) ? "true" : null,
        ["pg"] = (page ?? PageNumber).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Size"] = Size.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value)).ToDictionary(p => p.Key, p => p.Value!);

    /// <summary>The form field a criteria error belongs beside.</summary>
    public string FieldOf(string criterion) => criterion switch
    {
        "EmployeeName" => nameof(Name),
        "VisitFrom" => nameof(From),
        "VisitTo" => nameof(To),
        _ => criterion,
    };

    /// <summary>Drops a refused value, so the page still lists results (searched without it) under the message.</summary>
    public void Drop(string field)
    {
        switch (field)
        {
            case nameof(Name):
                Name = null;
                break;
            case nameof(EmployeeId):
                EmployeeId = null;
                break;
            case nameof(Location):
                Location = null;
                break;
            default:
                From = To = null;
                break;
        }
    }

    private async Task<ResultSearchResult> SearchAsync(CancellationToken cancellationToken)
    {
        Size = PageSizes.Contains(Size) ? Size : ResultLimits.DefaultPageSize;
        PageNumber = Math.Clamp(PageNumber, 1, MaxPage);
        ModelState.Remove(nameof(Size));
        return await sender.Send(new SearchResultsQuery(Criteria()), cancellationToken);
    }

    /// <summary>This page's filters and order: the search, the export and "select all that match" read the same list.</summary>
    private ResultSearchCriteria Criteria() =>
        new(Name, EmployeeId, From, To, Category, Type, Outcome, Sort, !Asc, PageNumber, Size, Location);
}
