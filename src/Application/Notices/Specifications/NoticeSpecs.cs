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

/// <summary>The companies whose users may hear of compliance due dates: the active ones.</summary>
public sealed class ActiveCompaniesSpec : Specification<Domain.Companies.Company>
{
    public ActiveCompaniesSpec() => Query.Where(c => c.Status == Domain.Companies.CompanyStatus.Active).OrderBy(c => c.Id);
}

/// <summary>The compliance reminders already sent to these users (of the company in scope).</summary>
public sealed class ComplianceRemindersOfUsersSpec : Specification<ComplianceReminder>
{
    public ComplianceRemindersOfUsersSpec(IReadOnlyCollection<Domain.Common.PortalUserId> userIds) => Query.Where(r => userIds.Contains(r.UserId));
}
