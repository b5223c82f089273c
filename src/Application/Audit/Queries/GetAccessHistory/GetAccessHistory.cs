using EmployerPortal.Application.Common.Security;
using Mediator;

namespace EmployerPortal.Application.Audit.Queries.GetAccessHistory;

/// <summary>The "Access history" page: the company's audit trail, filtered, newest first, a page at a time.</summary>
[RequiresPermission(Permission.ViewAuditTrail)]
public sealed record GetAccessHistoryQuery(Guid? UserId, string? Employee, string? Action, DateOnly? From, DateOnly? To, int Page = 1) : IQuery<AccessHistoryPage>;

public sealed record AccessHistoryPage(IReadOnlyList<AccessHistoryEntryDto> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

public sealed class GetAccessHistoryHandler(IAuditTrailReader reader) : IQueryHandler<GetAccessHistoryQuery, AccessHistoryPage>
{
    public const int PageSize = 50;

    public async ValueTask<AccessHistoryPage> Handle(GetAccessHistoryQuery query, CancellationToken cancellationToken)
    {
        var filter = new AccessHistoryFilter(query.UserId, query.Employee, query.Action, query.From, query.To);
        var total = await reader.CountAsync(filter, cancellationToken);
        var page = Math.Max(1, query.Page);
        var items = await reader.ListAsync(filter, (page - 1) * PageSize, PageSize, cancellationToken);
        return new AccessHistoryPage(items, page, PageSize, total);
    }
}
