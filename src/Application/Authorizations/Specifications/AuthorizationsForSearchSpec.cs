using Ardalis.Specification;
using EmployerPortal.Application.Authorizations.Queries.SearchAuthorizations;
using EmployerPortal.Application.Results;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Common;

namespace EmployerPortal.Application.Authorizations.Specifications;

/// <summary>
/// The company's authorizations matching the search, sorted and paged, as list rows. The name matches anywhere in
/// "first last" or "last first", folded as results search folds it (<see cref="EmployeeNameKey"/>: case, accents, punctuation). The status filter reads the
/// status as of <paramref name="today"/>: an active authorization past its valid-until date counts as expired.
/// </summary>
public sealed class AuthorizationsForSearchSpec : Specification<Authorization, AuthorizationListItemDto>
{
    public AuthorizationsForSearchSpec(AuthorizationSearchCriteria criteria, DateOnly today)
    {
        var number = criteria.ParsedNumber;
        var name = EmployeeNameKey.Normalize(criteria.EmployeeName);
        var createdFrom = criteria.CreatedFrom is { } from ? new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : (DateTimeOffset?)null;
        var createdBefore = criteria.CreatedTo is { } to ? new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : (DateTimeOffset?)null;

        Query.Where(a => a.Number == number, number is not null)
            .Where(
                a => EmployeeNameKey.Normalize(a.Employee.FirstName + " " + a.Employee.LastName).Contains(name)
                    || EmployeeNameKey.Normalize(a.Employee.LastName + " " + a.Employee.FirstName).Contains(name),
                name.Length > 0)
            .Where(a => a.Reason == criteria.Reason, criteria.Reason is not null)
            .Where(a => a.LocationCode == criteria.LocationCode, criteria.LocationCode is not null)
            .Where(a => a.CreatedAt >= createdFrom, createdFrom is not null)
            .Where(a => a.CreatedAt < createdBefore, createdBefore is not null)
            .Where(Authorization.ActiveOn(today), criteria.Status == AuthorizationStatus.Active)
            .Where(Authorization.ExpiredOn(today), criteria.Status == AuthorizationStatus.Expired)
            .Where(a => a.Status == criteria.Status, criteria.Status is AuthorizationStatus.Used or AuthorizationStatus.Voided);

        switch (criteria.Sort, criteria.Descending)
        {
            case (AuthorizationSort.Number, false):
                Query.OrderBy(a => a.Number);
                break;
            case (AuthorizationSort.Number, true):
                Query.OrderByDescending(a => a.Number);
                break;
            case (AuthorizationSort.EmployeeName, false):
                Query.OrderBy(a => a.Employee.LastName).ThenBy(a => a.Employee.FirstName).ThenByDescending(a => a.CreatedAt);
                break;
            case (AuthorizationSort.EmployeeName, true):
                Query.OrderByDescending(a => a.Employee.LastName).ThenByDescending(a => a.Employee.FirstName).ThenByDescending(a => a.CreatedAt);
                break;
            case (AuthorizationSort.ValidUntil, false):
                Query.OrderBy(a => a.ValidUntil).ThenByDescending(a => a.CreatedAt);
                break;
            case (AuthorizationSort.ValidUntil, true):
                Query.OrderByDescending(a => a.ValidUntil).ThenByDescending(a => a.CreatedAt);
                break;
            case (_, false):
                Query.OrderBy(a => a.CreatedAt);
                break;
            default:
                Query.OrderByDescending(a => a.CreatedAt);
                break;
        }

        Query.Skip((criteria.Page - 1) * criteria.PageSize).Take(criteria.PageSize);
        Query.Select(a => new AuthorizationListItemDto(
            a.Id,
            a.Number,
            a.Employee.FirstName,
            a.Employee.LastName,
            a.Reason,
            a.Status,
            a.ValidUntil,
            a.CreatedAt));
    }
}
