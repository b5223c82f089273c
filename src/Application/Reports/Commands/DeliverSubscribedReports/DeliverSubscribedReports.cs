using EmployerPortal.Application.Users.Specifications;
using EmployerPortal.Application.Common.Documents;
using EmployerPortal.Application.Common.Email;
using EmployerPortal.Application.Common.Links;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Common.Time;
using EmployerPortal.Application.Reports.Specifications;
using EmployerPortal.Domain.Reports;
using EmployerPortal.Domain.Users;
using Mediator;

namespace EmployerPortal.Application.Reports.Commands.DeliverSubscribedReports;

/// <summary>
/// The subscription sweep: each due subscription of an active user gets its report built for the period,
/// kept in the user's Reports list (PDF and CSV) and announced by an email with a link, no report content. Each report
/// holds what its owner sees in the portal: their locations only, drug and alcohol documents only for a DER.
/// A disabled user's subscriptions are passed over until they are enabled again.
/// </summary>
[SystemOnly]
[AcrossCompanies("The sweep finds due subscriptions of every company; each report is built within its company.")]
public sealed record DeliverSubscribedReportsCommand : ICommand<int>;

public sealed class DeliverSubscribedReportsHandler(
    IRepository<ReportSubscription> subscriptions,
    IRepository<DeliveredReport> delivered,
    IRepository<PortalUser> users,
    ReportBuilder builder,
    ReportWriter writer,
    IDocumentStore documents,
    IEmailOutbox outbox,
    IPortalLinks links,
    ITenantContext tenant,
    ICompanyClock companyClock,
    TimeProvider clock) : ICommandHandler<DeliverSubscribedReportsCommand, int>
{
    public const int BatchSize = 25;
    public const string ReportsPath = "/Reports";

    public async ValueTask<int> Handle(DeliverSubscribedReportsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await subscriptions.ListAsync(new DueReportSubscriptionsSpec(now, BatchSize), cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var owners = (await users.ListAsync(new PortalUsersByIdsSpec(due.Select(s => s.UserId).Distinct().ToList()), cancellationToken))
            .ToDictionary(u => u.Id);
        var made = 0;
        foreach (var subscription in due)
        {
            if (!owners.TryGetValue(subscription.UserId, out var owner) || owner.Status != UserStatus.Active)
            {
                continue;
            }

            var calendar = await companyClock.ForCompanyAsync(subscription.CompanyId, cancellationToken);
            var period = subscription.DuePeriod(calendar);
            ReportData report;
            using (tenant.ForUser(owner))
            {
                report = await builder.BuildAsync(subscription.Kind, period, cancellationToken);
            }

            var pdf = await StoreAsync(writer.Write(report, ReportFormat.Pdf), cancellationToken);
            var csv = await StoreAsync(writer.Write(report, ReportFormat.Csv), cancellationToken);
            delivered.Add(DeliveredReport.Deliver(subscription, period, pdf, csv, now, calendar));
            outbox.Enqueue(ReportReadyEmail(owner.Email, report));
            made++;
        }

        return made;
    }

    private async Task<StoredReportFile> StoreAsync(ReportFile file, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(file.Content);
        var stored = await documents.SaveAsync(content, cancellationToken);
        return new StoredReportFile(stored.StorageKey, stored.Sha256, stored.SizeBytes);
    }

    /// <summary>Says which report is ready and where; the report's lines stay in the portal (DESIGN §8).</summary>
    private EmailMessage ReportReadyEmail(string to, ReportData report)
    {
        var link = links.To(ReportsPath);
        var title = System.Net.WebUtility.HtmlEncode(report.Title);
        var period = System.Net.WebUtility.HtmlEncode(report.PeriodText);
        return new EmailMessage(
            [to],
            $"Your {report.Title} is ready",
            $"<p>Your subscribed <strong>{title}</strong> for {period} is ready in the Employer Portal.</p>"
                + $"<p><a href=\"{System.Net.WebUtility.HtmlEncode(link.ToString())}\">Open your reports</a></p>",
            $"Your subscribed {report.Title} for {report.PeriodText} is ready in the Employer Portal.\n\nOpen your reports: {link}\n");
    }
}
