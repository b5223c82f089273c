using System.Net;
using EmployerPortal.Application.Common.Email;
using EmployerPortal.Domain.Users;

namespace EmployerPortal.Application.Users;

/// <summary>The account emails, naming the company and the provider's portal. No medical content: a greeting, a link, when it expires.</summary>
public static class UserEmails
{
    /// <param name="invitedBy">The Admin who invited, or the provider when ops provisioned the company.</param>
    public static EmailMessage Invitation(PortalUser user, string companyName, string invitedBy, PortalBrand brand, Uri link) => Compose(
        user,
        $"{invitedBy} invited you to the {brand.PortalName} for {companyName}",
        $"{invitedBy} invited you to the {brand.PortalName}, where {companyName} sees its employees' results, visit status and authorizations.",
        "Set your password",
        link,
        "The link works once and expires in 72 hours. If you were not expecting this invitation, ignore this email.");

    public static EmailMessage PasswordReset(PortalUser user, string companyName, PortalBrand brand, Uri link) => Compose(
        user,
        $"Reset your {brand.PortalName} password",
        $"Someone asked to reset the password of your {brand.PortalName} account for {companyName}.",
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
