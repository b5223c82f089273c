using Ardalis.Specification;
using EmployerPortal.Domain.Notices;

namespace EmployerPortal.Application.Notices.Specifications;

/// <summary>Unsent notices due by <paramref name="now"/>, oldest first.</summary>
public sealed class DueNoticesSpec : Specification<PendingNotice>
{
    public DueNoticesSpec(DateTimeOffset now, int take)
    {
        Query.Where(n => n.SentAt == null && n.DueAt <= now).OrderBy(n => n.CreatedAt).ThenBy(n => n.Id).Take(take);
    }
}
