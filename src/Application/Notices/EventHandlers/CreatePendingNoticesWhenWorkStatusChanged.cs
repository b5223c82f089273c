using EmployerPortal.Application.Common.Events;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Common.Time;
using EmployerPortal.Application.Users.Specifications;
using EmployerPortal.Domain.InjuryCases;
using EmployerPortal.Domain.Notices;
using EmployerPortal.Domain.Users;
using Microsoft.Extensions.Options;

namespace EmployerPortal.Application.Notices.EventHandlers;

/// <summary>
/// A case's work status changed: each active user who sees the case's location gets a pending notice, due at once or
/// at their next digest, in the same transaction. The notice holds ids only; the email names the location, never the
/// employee or the status.
/// </summary>
public sealed class CreatePendingNoticesWhenWorkStatusChanged(
    IRepository<PortalUser> users,
    IRepository<PendingNotice> notices,
    ITenantContext tenant,
    ICompanyClock companyClock,
    IOptions<NoticeOptions> options,
    TimeProvider clock) : IDomainEventHandler<WorkStatusChanged>
{
    public async Task HandleAsync(WorkStatusChanged domainEvent, CancellationToken cancellationToken)
    {
        List<PortalUser> subscribers;
        using (tenant.ForCompany(domainEvent.CompanyId))
        {
            subscribers = await users.ListAsync(new UsersReceivingNoticesSpec(), cancellationToken);
        }

        var now = clock.GetUtcNow();
        var local = await companyClock.ForCompanyAsync(domainEvent.CompanyId, cancellationToken);
        var nextDigest = local.Next(options.Value.DigestTime, now);
        foreach (var user in subscribers.Where(u => u.Sees(domainEvent.LocationCode)))
        {
            var dueAt = user.NoticeFrequency == NoticeFrequency.Immediately ? now : nextDigest;
            notices.Add(PendingNotice.ForWorkStatus(domainEvent.CompanyId, user.Email, user.Id, domainEvent.VisitResultId, domainEvent.InjuryCaseId, now, dueAt));
        }
    }
}
