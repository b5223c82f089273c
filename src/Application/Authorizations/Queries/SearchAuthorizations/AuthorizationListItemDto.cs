using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Common;

namespace EmployerPortal.Application.Authorizations.Queries.SearchAuthorizations;

/// <summary>One row of the authorization list. <see cref="Status"/> is the stored status until the handler reads it as of now.</summary>
public sealed record AuthorizationListItemDto(
    AuthorizationId Id,
    AuthorizationNumber Number,
    string EmployeeFirstName,
    string EmployeeLastName,
    AuthorizationReason Reason,
    AuthorizationStatus Status,
    DateOnly ValidUntil,
    DateTimeOffset CreatedAt)
{
    public string EmployeeName => $"{EmployeeFirstName} {EmployeeLastName}";
}

public sealed record AuthorizationSearchResult(IReadOnlyList<AuthorizationListItemDto> Items, int TotalCount, int Page, int PageSize)
{
    public int TotalPages => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
}
