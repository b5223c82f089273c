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
            ? $"You receive this email because of your notice preference in the {portalName}; change it on My profile."
            : $"You receive this email as a contact of {companyName} for new results; an Admin of {companyName} can change that on the company account page.";
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

    /// <summary>
    /// "3 items at Dallas Terminal fall due this month": counts and locations only — no employee, no item, no result
    /// (DESIGN §8); the link opens the Compliance page.
    /// </summary>
    public static EmailMessage ComplianceDue(string to, int itemCount, int overdueCount, IReadOnlyList<string> locationNames, string companyName, string portalName, Uri link)
    {
        var at = locationNames.Count switch
        {
            0 => companyName,
            1 => locationNames[0],
            _ => string.Join(", ", locationNames.Take(locationNames.Count - 1)) + " and " + locationNames[^1],
        };
        var subject = string.Create(
            CultureInfo.InvariantCulture,
            $"{itemCount} {(itemCount == 1 ? "compliance item" : "compliance items")} at {at} {(itemCount == 1 ? "falls" : "fall")} due this month");
        var overdue = overdueCount switch
        {
            0 => "",
            1 => " One of them is already overdue.",
            _ => string.Create(CultureInfo.InvariantCulture, $" {overdueCount} of them are already overdue."),
        };
        var lead = $"{subject} ({companyName}, {portalName}).{overdue}";
        const string action = "Sign in to see what is due and authorize the renewals";
        var why = $"You receive this email because of your notice preference in the {portalName}; change it on My profile.";
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

    /// <summary>
    /// "A work status changed for a case at Dallas Terminal": the location only — no employee, no status, no
    /// restriction (DESIGN §8).
    /// </summary>
    public static EmailMessage WorkStatusChanged(string to, int caseCount, IReadOnlyList<string> locationNames, string companyName, string portalName, Uri link)
    {
        var at = locationNames.Count switch
        {
            0 => companyName,
            1 => locationNames[0],
            _ => string.Join(", ", locationNames.Take(locationNames.Count - 1)) + " and " + locationNames[^1],
        };
        var lead = caseCount == 1
            ? $"A work status changed for a case at {at}."
            : string.Create(CultureInfo.InvariantCulture, $"Work statuses changed for {caseCount} cases at {at}.");
        var subject = lead.TrimEnd('.');
        var action = caseCount == 1 ? "Sign in to view the case" : "Sign in to view the cases";
        var why = $"You receive this email because of your notice preference in the {portalName}; change it on My profile.";
        var href = WebUtility.HtmlEncode(link.AbsoluteUri);
        var html = $"""
            <!DOCTYPE html>
            <html lang="en"><body>
            <p>Hello,</p>
            <p>{WebUtility.HtmlEncode(lead)} ({WebUtility.HtmlEncode(companyName)}, {WebUtility.HtmlEncode(portalName)})</p>
            <p><a href="{href}">{WebUtility.HtmlEncode(action)}</a></p>
            <p>{WebUtility.HtmlEncode(why)}</p>
            </body></html>
            """;
        var text = $"""
            Hello,

            {lead} ({companyName}, {portalName})

            {action}: {link.AbsoluteUri}

            {why}
            """;
        return new EmailMessage([to], subject, html, text);
    }
}
