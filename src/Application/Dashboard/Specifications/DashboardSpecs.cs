using Ardalis.Specification;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Results;

namespace EmployerPortal.Application.Dashboard.Specifications;

/// <summary>The company's visits scheduled in [from, to): counted, per week, by the dashboard.</summary>
public sealed class VisitsScheduledBetweenSpec : Specification<VisitResult>
{
    public VisitsScheduledBetweenSpec(DateTimeOffset from, DateTimeOffset to) => Query.Where(v => v.ScheduledAt >= from && v.ScheduledAt < to);
}

/// <summary>The company's authorizations issued and not yet used, voided or expired on <paramref name="today"/>.</summary>
public sealed class AuthorizationsActiveOnSpec : Specification<Authorization>
{
    public AuthorizationsActiveOnSpec(DateOnly today) => Query.Where(Authorization.ActiveOn(today));
}
