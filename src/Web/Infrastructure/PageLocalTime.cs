using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Common.Time;
using Microsoft.AspNetCore.Mvc.Filters;

namespace EmployerPortal.Web.Infrastructure;

/// <summary>
/// The signed-in company's local time for Razor views (<c>@inject PageLocalTime Time</c>, then <c>@Time.Format(at)</c>):
/// loaded once per request by <see cref="PageLocalTimeFilter"/>, so views format times synchronously and alike.
/// </summary>
public sealed class PageLocalTime
{
    private LocalTime? _local;
    private IReadOnlyDictionary<string, LocalTime> _locations = new Dictionary<string, LocalTime>();

    public LocalTime Local => _local ?? throw new InvalidOperationException("Local time is known only on a signed-in company's page.");

    public bool IsKnown => _local is not null;

    public string Format(DateTimeOffset at) => Local.Format(at);

    /// <summary>In the zone of the record's location: <c>Jul 15, 2026 9:00 AM MST</c> for a Phoenix visit.</summary>
    public string Format(DateTimeOffset at, string locationCode) =>
        (_locations.TryGetValue(locationCode, out var location) ? location : Local).Format(at);

    public string Format(DateTimeOffset? at, string whenNone) => at is { } value ? Local.Format(value) : whenNone;

    public string FormatTime(DateTimeOffset at) => Local.FormatTime(at);

    public string FormatDate(DateTimeOffset at) => Local.FormatDate(at);

    public string FormatDate(DateOnly date) => LocalTime.FormatDate(date);

    internal void Set(LocalTime local, IReadOnlyDictionary<string, LocalTime> locations)
    {
        _local = local;
        _locations = locations;
    }
}

/// <summary>Resolves the signed-in company's local time before a page handler runs.</summary>
internal sealed class PageLocalTimeFilter(ICurrentUser user, ICompanyClock clock, PageLocalTime page) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (user.CompanyId is { } companyId)
        {
            page.Set(
                await clock.ForCompanyAsync(companyId, context.HttpContext.RequestAborted),
                await clock.ForLocationsAsync(companyId, context.HttpContext.RequestAborted));
        }

        await next();
    }
}
