using System.Globalization;
using System.Net;
using EmployerPortal.Application.Common.Email;

namespace EmployerPortal.Application.Notices;

/// <summary>
/// The notice email: how many new documents a company has and a link, nothing else — no employee, no document
/// title or type, no outcome (DESIGN §8).
/// </summary>
public static class NoticeEmails
{
    public static EmailMessage NewDocuments(string to, int count, string companyName, string portalName, Uri link, bool forPortalUser)
    {
        var subject = string.Create(CultureInfo.InvariantCulture, $"{count} new {(count == 1 ? "result" : "results")} for {companyName}");
        var lead = string.Create(
            CultureInfo.InvariantCulture,
            $"{(count == 1 ? "A new result is" : $"{count} new results are")} available for {companyName} in the {portalName}.");
        var action = count == 1 ? "Sign in to view it" : "Sign in to view them";
        var why = forPortalUser
            ? BecauseOfPreference(portalName)
            : $"You receive this email as a contact of {companyName} for new results; an Admin of {companyName} can change that on the company account page.";
        return Compose(to, subject, lead, action, why, link);
    }

    /// <summary>
    /// "3 compliance items at Dallas Terminal fall due this month": counts and locations only — no employee, no item, no
    /// result (DESIGN §8); the link opens the Compliance page.
    /// </summary>
    public static EmailMessage ComplianceDue(string to, int itemCount, int overdueCount, IReadOnlyList<string> locationNames, string companyName, string portalName, Uri link)
    {
        var subject = string.Create(
            CultureInfo.InvariantCulture,
            $"{itemCount} {(itemCount == 1 ? "compliance item" : "compliance items")} at {Places(locationNames, companyName)} {(itemCount == 1 ? "falls" : "fall")} due this month");
        var overdue = overdueCount switch
        {
            0 => "",
            1 => " One of them is already overdue.",
            _ => string.Create(CultureInfo.InvariantCulture, $" {overdueCount} of them are already overdue."),
        };
        return Compose(to, subject, $"{subject} ({companyName}, {portalName}).{overdue}", "Sign in to see what is due and authorize the renewals", BecauseOfPreference(portalName), link);
    }

    /// <summary>
    /// "A work status changed for a case at Dallas Terminal": the location only — no employee, no status, no
    /// restriction (DESIGN §8).
    /// </summary>
    public static EmailMessage WorkStatusChanged(string to, int caseCount, IReadOnlyList<string> locationNames, string companyName, string portalName, Uri link)
    {
        var at = Places(locationNames, companyName);
        var lead = caseCount == 1
            ? $"A work status changed for a case at {at}."
            : string.Create(CultureInfo.InvariantCulture, $"Work statuses changed for {caseCount} cases at {at}.");
        var action = caseCount == 1 ? "Sign in to view the case" : "Sign in to view the cases";
        return Compose(to, lead.TrimEnd('.'), $"{lead} ({companyName}, {portalName})", action, BecauseOfPreference(portalName), link);
    }

    private static string BecauseOfPreference(string portalName) =>
        $"You receive this email because of your notice preference in the {portalName}; change it on My profile.";

    /// <summary>"Dallas Terminal", "Dallas Terminal and Phoenix Terminal", or the company when no location is named.</summary>
    private static string Places(IReadOnlyList<string> locationNames, string companyName) => locationNames.Count switch
    {
        0 => companyName,
        1 => locationNames[0],
        _ => string.Join(", ", locationNames.Take(locationNames.Count - 1)) + " and " + locationNames[^1],
    };

    /// <summary>Every notice reads the same way: a greeting, what happened, one link, why the recipient gets it.</summary>
    private static EmailMessage Compose(string to, string subject, string lead, string action, string why, Uri link)
    {
        var href = WebUtility.HtmlEncode(link.AbsoluteUri);
        var html = $"""
            <!DOCTYPE html>
            <html lang="en"><body>
            <p>Hello,</p>
            <p>{WebUtility.HtmlEncode(lead)}</p>
            <p><a href="{href}">{WebUtility.HtmlEncode(action)}</a></p>
            <p>{WebUtility.HtmlEncode(why)}</p>
            </body></html>
            """;
        var text = $"""
            Hello,

            {lead}

            {action}: {link.AbsoluteUri}

            {why}
            """;
        return new EmailMessage([to], subject, html, text);
    }
}
