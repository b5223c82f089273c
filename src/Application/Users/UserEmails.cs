using System.Net;
using EmployerPortal.Application.Common.Email;
using EmployerPortal.Domain.Users;

namespace EmployerPortal.Application.Users;

/// <summary>The account emails. No medical content: a greeting, a link, when it expires.</summary>
public static class UserEmails
{
    public static EmailMessage Invitation(PortalUser user, Uri link) => Compose(
        user,
        "You are invited to the Employer Portal",
        "You have been invited to the Employer Portal, where your company sees its employees' results, visit status and authorizations.",
        "Set your password",
        link,
        "The link works once and expires in 72 hours. If you were not expecting this invitation, ignore this email.");

    public static EmailMessage PasswordReset(PortalUser user, Uri link) => Compose(
        user,
        "Reset your Employer Portal password",
        "Someone asked to reset the password of your Employer Portal account.",
        "Choose a new password",
        link,
        "The link works once and expires in 1 hour. If you did not ask for this, ignore this email: your password stays as it is.");

    private static EmailMessage Compose(PortalUser user, string subject, string lead, string action, Uri link, string footnote)
    {
        var name = WebUtility.HtmlEncode(user.FirstName);
        var href = WebUtility.HtmlEncode(link.AbsoluteUri);
        var html = $"""
            <!DOCTYPE html>
            <html lang="en"><body>
            <p>Hello {name},</p>
            <p>{WebUtility.HtmlEncode(lead)}</p>
            <p><a href="{href}">{WebUtility.HtmlEncode(action)}</a></p>
            <p>{WebUtility.HtmlEncode(footnote)}</p>
            </body></html>
            """;
        var text = $"""
            Hello {user.FirstName},

            {lead}

            {action}: {link.AbsoluteUri}

            {footnote}
            """;
        return new EmailMessage([user.Email], subject, html, text);
    }
}
