using Ardalis.Specification;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Results;

namespace EmployerPortal.Application.Letters.Specifications;

/// <summary>The durable state the no-show sweep works from: visits marked no-show that have no no-show letter yet.</summary>
public sealed class NoShowVisitsWithoutLetterSpec : Specification<VisitResult>
{
    public NoShowVisitsWithoutLetterSpec(int take) =>
        Query.Where(v => v.Status == VisitStatus.NoShow && !v.Letters.Any(l => l.Kind == LetterKind.NoShow))
            .Include(v => v.Documents)
            .OrderBy(v => v.Id)
            .Take(take);
}

/// <summary>
/// Injury visits, not cancelled, whose next recheck appointment is still ahead and at most <c>horizon</c> away.
/// Whether the reminder for that appointment exists is read from the loaded letters (its key is the appointment time).
/// </summary>
public sealed class VisitsWithRecheckReminderDueSpec : Specification<VisitResult>
{
    public VisitsWithRecheckReminderDueSpec(DateTimeOffset now, DateTimeOffset horizon) =>
        Query.Where(v => v.Category == VisitCategory.Injury
                && v.Status != VisitStatus.Cancelled
                && v.NextRecheckAt != null
                && v.NextRecheckAt > now
                && v.NextRecheckAt <= horizon)
            .Include(v => v.Documents)
            .OrderBy(v => v.NextRecheckAt);
}

/// <summary>The names of the services an authorization granted, to say in a letter what the visit was for.</summary>
public sealed class ServiceNamesOfAuthorizationSpec : Specification<Authorization, List<string>>
{
    public ServiceNamesOfAuthorizationSpec(AuthorizationNumber number) =>
        Query.Where(a => a.Number == number)
            .Select(a => a.Services.Select(s => s.ServiceName).ToList());
}
