using EmployerPortal.Application.Common.Email;
using EmployerPortal.Application.Common.Links;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Employees.Compliance;
using EmployerPortal.Application.Notices.Specifications;
using EmployerPortal.Application.Users.Specifications;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Employees;
using EmployerPortal.Domain.Notices;
using EmployerPortal.Domain.Users;
using Mediator;

namespace EmployerPortal.Application.Notices.Commands.SendComplianceReminders;

/// <summary>
/// The compliance reminder sweep (daily): each active user who takes notices hears, in one email, of the items at their
/// locations that are never done, overdue or fall due within 30 days and that they have not been told of — "3 items at Dallas
/// Terminal fall due this month", no employee and no item named (DESIGN §8). Each item told is recorded in the same
/// transaction as the email, so a sweep run again tells nobody twice; a renewal's new due date is news again.
/// </summary>
[SystemOnly]
[AcrossCompanies("The sweep reminds the users of every company; each company's compliance is read within it.")]
public sealed record SendComplianceRemindersCommand : ICommand<int>;

public sealed class SendComplianceRemindersHandler(
    IRepository<Company> companies,
    IRepository<PortalUser> users,
    IRepository<ComplianceReminder> reminders,
    ComplianceLedger ledger,
    ITenantContext tenant,
    IEmailOutbox outbox,
    IPortalLinks links,
    PortalBrand brand,
    TimeProvider clock) : ICommandHandler<SendComplianceRemindersCommand, int>
{
    public const string CompliancePath = "/Compliance";

    public async ValueTask<int> Handle(SendComplianceRemindersCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var sent = 0;
        foreach (var company in await companies.ListAsync(new ActiveCompaniesSpec(), cancellationToken))
        {
            using (tenant.ForCompany(company.Id))
            {
                sent += await RemindAsync(company, now, cancellationToken);
            }
        }

        return sent;
    }

    private async Task<int> RemindAsync(Company company, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (today, rows) = await ledger.ListAsync(cancellationToken);
        var near = rows.Where(r => ComplianceReminder.IsDueForReminder(r.DueOn, today)).ToList();
        if (near.Count == 0)
        {
            return 0;
        }

        var recipients = await users.ListAsync(new UsersReceivingNoticesSpec(), cancellationToken);
        var told = (await reminders.ListAsync(new ComplianceRemindersOfUsersSpec([.. recipients.Select(u => u.Id)]), cancellationToken))
            .ToLookup(r => r.UserId);
        var sent = 0;
        foreach (var user in recipients)
        {
            var news = near
                .Where(r => r.LocationCodes.Any(user.Sees))
                .Where(r => !told[user.Id].Any(t => t.Told(new RosterEmployeeId(r.EmployeeId), r.Kind, r.DueOn)))
                .ToList();
            if (news.Count == 0)
            {
                continue;
            }

            foreach (var row in news)
            {
                reminders.Add(ComplianceReminder.Sent(company.Id, user.Id, new RosterEmployeeId(row.EmployeeId), row.Kind, row.DueOn, now));
            }

            var locationNames = news.SelectMany(r => r.LocationCodes.Where(user.Sees)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
                .Select(code => company.FindLocation(code)?.Name ?? code)
                .ToList();
            outbox.Enqueue(NoticeEmails.ComplianceDue(user.Email, news.Count, news.Count(r => r.Status == ComplianceStatus.Overdue), locationNames, company.Name, brand.PortalName, links.To(CompliancePath)));
            sent++;
        }

        return sent;
    }
}
