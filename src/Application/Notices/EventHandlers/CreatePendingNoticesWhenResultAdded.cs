using EmployerPortal.Application.Common.Events;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Common.Time;
using EmployerPortal.Application.Users.Specifications;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Notices;
using EmployerPortal.Domain.Results;
using EmployerPortal.Domain.Users;
using Microsoft.Extensions.Options;

namespace EmployerPortal.Application.Notices.EventHandlers;

/// <summary>
/// A document was filed (a result from ops, or a letter the portal made): each recipient gets a pending notice, in
/// the same transaction. Recipients are the company's contacts who receive new results (and, for a letter, that
/// letter's notices), due at once, and its active users who see the visit's location, by their preference, due at once
/// or at the next digest.
/// Someone who is both is told once, at the earlier time. A drug or alcohol document is news to the company's DERs
/// only (49 CFR 40): no contact and no other user is told of it, so no count reveals it.
/// </summary>
public sealed class CreatePendingNoticesWhenResultAdded(
    IRepository<Company> companies,
    IRepository<PortalUser> users,
    IRepository<PendingNotice> notices,
    ITenantContext tenant,
    ICompanyClock companyClock,
    IOptions<NoticeOptions> options,
    TimeProvider clock) : IDomainEventHandler<ResultAdded>
{
    public async Task HandleAsync(ResultAdded domainEvent, CancellationToken cancellationToken)
    {
        Company company;
        List<PortalUser> subscribers;
        using (tenant.ForCompany(domainEvent.CompanyId))
        {
            company = await companies.FindAsync(domainEvent.CompanyId, cancellationToken)
                ?? throw new InvalidOperationException($"Document {domainEvent.DocumentId} belongs to no company.");
            subscribers = await users.ListAsync(new UsersReceivingNoticesSpec(), cancellationToken);
        }

        var now = clock.GetUtcNow();
        var local = await companyClock.ForCompanyAsync(company.Id, cancellationToken);
        var nextDigest = local.Next(options.Value.DigestTime, now);

        var recipients = new Dictionary<string, (PortalUserId? UserId, DateTimeOffset DueAt)>(StringComparer.OrdinalIgnoreCase);
        var contacts = domainEvent.IsDrugAndAlcohol ? [] : company.Contacts.Where(c => ReceivesNotice(c, domainEvent.ResultType));
        foreach (var contact in contacts)
        {
            recipients[contact.Email] = (null, now);
        }

        foreach (var user in subscribers.Where(u => u.Sees(domainEvent.LocationCode) && (u.IsDer || !domainEvent.IsDrugAndAlcohol)))
        {
            var dueAt = user.NoticeFrequency == NoticeFrequency.Immediately ? now : nextDigest;
            if (!recipients.TryGetValue(user.Email, out var known) || known.DueAt > dueAt)
            {
                recipients[user.Email] = (user.Id, dueAt);
            }
        }

        foreach (var (email, (userId, dueAt)) in recipients)
        {
            notices.Add(PendingNotice.Create(company.Id, email, userId, domainEvent.VisitResultId, domainEvent.DocumentId, now, dueAt));
        }
    }

    private static bool ReceivesNotice(CompanyContact contact, ResultType type) =>
        contact.Receives(ContactNotices.NewResults) || LetterNotice(type) is var letter && letter != ContactNotices.None && contact.Receives(letter);

    /// <summary>The contact notice of a letter the portal makes; none for other documents.</summary>
    private static ContactNotices LetterNotice(ResultType type) => type switch
    {
        ResultType.EmployeeNoShowLetter => ContactNotices.NoShowLetters,
        ResultType.RecheckAppointmentReminderLetter => ContactNotices.RecheckReminders,
        _ => ContactNotices.None,
    };
}
