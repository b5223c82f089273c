using EmployerPortal.Application.Common.Email;
using EmployerPortal.Application.Common.Links;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Application.InjuryCases.Specifications;
using EmployerPortal.Application.Notices.Specifications;
using EmployerPortal.Application.Users.Specifications;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.InjuryCases;
using EmployerPortal.Domain.Notices;
using EmployerPortal.Domain.Users;
using Mediator;
using Microsoft.Extensions.Options;

namespace EmployerPortal.Application.Notices.Commands.SendDueNotices;

/// <summary>
/// The notice sweep: the due notices of each recipient become one email ("20 new results for Acme Logistics") in the
/// outbox, and are marked sent in the same transaction — a burst of uploads is one email per recipient, and a sweep
/// that runs twice sends nothing twice. Immediate notices are due at once, digests at the company's morning hour.
/// A user disabled since is not emailed.
/// </summary>
[SystemOnly]
[AcrossCompanies("The sweep sends the due notices of every company.")]
public sealed record SendDueNoticesCommand : ICommand<int>;

public sealed class SendDueNoticesHandler(
    IRepository<PendingNotice> notices,
    IRepository<PortalUser> users,
    IRepository<Company> companies,
    IRepository<InjuryCase> injuryCases,
    IEmailOutbox outbox,
    IPortalLinks links,
    PortalBrand brand,
    IOptions<NoticeOptions> options,
    TimeProvider clock) : ICommandHandler<SendDueNoticesCommand, int>
{
    public const string ResultsPath = "/Results";

    /// <summary>The page of one visit's documents, <c>/Results/Employee/{visitId}</c> (the visit id is not medical).</summary>
    public static string VisitResultsPath(VisitResultId visitId) => $"/Results/Employee/{visitId.Value}";

    public const string InjuryCasesPath = "/InjuryCases";

    /// <summary>The page of one injury case, <c>/InjuryCases/Details/{caseId}</c>.</summary>
    public static string InjuryCasePath(InjuryCaseId caseId) => $"/InjuryCases/Details/{caseId.Value}";

    public async ValueTask<int> Handle(SendDueNoticesCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await notices.ListAsync(new DueNoticesSpec(now, options.Value.SweepBatchSize), cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var userIds = due.Where(n => n.RecipientUserId is not null).Select(n => n.RecipientUserId!.Value).Distinct().ToList();
        var activeUsers = (await users.ListAsync(new PortalUsersByIdsSpec(userIds), cancellationToken))
            .Where(u => u.Status == UserStatus.Active)
            .Select(u => u.Id)
            .ToHashSet();
        var companyNames = new Dictionary<CompanyId, string>();
        var sent = 0;
        foreach (var recipient in due.GroupBy(n => (n.CompanyId, n.RecipientEmail, n.RecipientUserId, n.IsWorkStatusNotice)))
        {
            var (companyId, email, userId, workStatus) = recipient.Key;
            if (userId is null || activeUsers.Contains(userId.Value))
            {
                var companyName = await CompanyNameAsync(companyId, companyNames, cancellationToken);
                outbox.Enqueue(workStatus
                    ? await WorkStatusEmailAsync(email, recipient, companyId, companyName, cancellationToken)
                    : NoticeEmails.NewDocuments(email, recipient.Count(), companyName, brand.PortalName, LinkTo(recipient), forPortalUser: userId is not null));
                sent++;
            }

            foreach (var notice in recipient)
            {
                notice.MarkSent(now);
            }
        }

        return sent;
    }

    /// <summary>One visit's documents: that visit's page; more: the results list, newest first.</summary>
    private Uri LinkTo(IEnumerable<PendingNotice> recipient)
    {
        var visits = recipient.Select(n => n.VisitResultId).Distinct().ToList();
        return links.To(visits.Count == 1 ? VisitResultsPath(visits[0]) : ResultsPath);
    }

    /// <summary>One case: its page; more: the cases list. The email names the cases' locations, nothing else.</summary>
    private async Task<EmailMessage> WorkStatusEmailAsync(
        string email, IEnumerable<PendingNotice> recipient, CompanyId companyId, string companyName, CancellationToken cancellationToken)
    {
        var caseIds = recipient.Select(n => n.InjuryCaseId!.Value).Distinct().ToList();
        var cases = await injuryCases.ListAsync(new InjuryCasesByIdsSpec(caseIds), cancellationToken);
        var company = await companies.FirstOrDefaultAsync(new CompanyByIdSpec(companyId), cancellationToken);
        var locationNames = cases.Select(c => c.LocationCode).Distinct().Order(StringComparer.Ordinal)
            .Select(code => company?.FindLocation(code)?.Name ?? code)
            .ToList();
        var link = links.To(caseIds.Count == 1 ? InjuryCasePath(caseIds[0]) : InjuryCasesPath);
        return NoticeEmails.WorkStatusChanged(email, caseIds.Count, locationNames, companyName, brand.PortalName, link);
    }

    private async Task<string> CompanyNameAsync(CompanyId id, Dictionary<CompanyId, string> known, CancellationToken cancellationToken)
    {
        if (!known.TryGetValue(id, out var name))
        {
            var company = await companies.FirstOrDefaultAsync(new CompanyByIdSpec(id), cancellationToken)
                ?? throw new InvalidOperationException($"Notices of company {id} whose company is gone.");
            name = company.Name;
            known[id] = name;
        }

        return name;
    }
}
