using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Results;
using EmployerPortal.Application.Results.Commands.DownloadMergedResults;
using EmployerPortal.Application.Results.Queries.SearchResults;
using EmployerPortal.Domain.Results;
using EmployerPortal.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmployerPortal.Web.Pages.Results;

/// <summary>The company's result documents: search, filters, paging, sorting, and "download selected as one PDF".</summary>
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

    [BindProperty(SupportsGet = true)]
    public ResultSort Sort { get; set; } = ResultSort.Received;

    [BindProperty(SupportsGet = true)]
    public bool Asc { get; set; }

    [BindProperty(SupportsGet = true, Name = "pg")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public int Size { get; set; } = ResultLimits.DefaultPageSize;

    public ResultSearchResult Result { get; private set; } = null!;

    /// <summary>Why the selected documents could not be merged, said above the list.</summary>
    public string? ErrorMessage { get; set; }

    string? IFormPage.FieldPrefix => null;

    /// <summary>The result types to filter by: drug and alcohol types only for a DER, for whom alone they exist.</summary>
    public IEnumerable<ResultTypeInfo> TypeChoices => ResultTypes.All.Where(t => !t.IsDrugAndAlcohol || tenant.SeesDrugAndAlcohol);

    public int MaxPage => ResultLimits.MaxSearchRows / Size;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Result = await this.SearchDroppingRefusedFiltersAsync(() => SearchAsync(cancellationToken));
        return Page();
    }

    public async Task<IActionResult> OnPostMergeAsync([FromForm] List<Guid> documentIds, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            ErrorMessage = "Some of the selected documents could not be read. Select them again.";
            Result = await SearchAsync(cancellationToken);
            return Page();
        }

        var merged = await sender.Send(new DownloadMergedResultsCommand(documentIds), cancellationToken);
        return File(merged.Content, "application/pdf", merged.FileName);
    }

    async Task IFormPage.RedisplayAsync(CancellationToken cancellationToken) => Result = await SearchAsync(cancellationToken);

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
        var criteria = new ResultSearchCriteria(Name, EmployeeId, From, To, Category, Type, Outcome, Sort, !Asc, PageNumber, Size);
        return await sender.Send(new SearchResultsQuery(criteria), cancellationToken);
    }
}
