using System.Globalization;
using Authorization = EmployerPortal.Domain.Authorizations.Authorization;
using System.Text;
using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Authorizations.Documents;
using EmployerPortal.Application.Authorizations.Specifications;
using EmployerPortal.Application.Common.Email;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Common.Time;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using Mediator;
using Microsoft.Extensions.Options;

namespace EmployerPortal.Application.Authorizations.Commands.EmailAuthorization;

/// <summary>
/// Emails an active authorization, PDF attached, to the employee it names: to the address on file, or to
/// <paramref name="To"/> when one is typed at send time. Recorded on the authorization and in the audit trail.
/// </summary>
[RequiresPermission(Permission.CreateAuthorizations)]
public sealed record EmailAuthorizationCommand(Guid Id, string? To = null) : ICommand<EmailedAuthorization>;

public sealed record EmailedAuthorization(string To);

public sealed class EmailAuthorizationHandler(
    IRepository<Authorization> authorizations,
    IRepository<Company> companies,
    IAuthorizationPdfRenderer renderer,
    IEmailOutbox outbox,
    IOptions<AuthorizationsOptions> options,
    ICompanyClock companyClock) : ICommandHandler<EmailAuthorizationCommand, EmailedAuthorization>
{
    public async ValueTask<EmailedAuthorization> Handle(EmailAuthorizationCommand command, CancellationToken cancellationToken)
    {
        var authorization = await authorizations.FirstOrDefaultAsync(new AuthorizationByIdSpec(new AuthorizationId(command.Id)), cancellationToken)
            ?? throw new NotFoundException("Authorization");
        var company = await companies.FirstOrDefaultAsync(new CompanyByIdSpec(authorization.CompanyId), cancellationToken)
            ?? throw new NotFoundException("Company");
        var now = (await companyClock.ForLocationsAsync(authorization.CompanyId, cancellationToken))[authorization.LocationCode].Now;
        var typed = !string.IsNullOrWhiteSpace(command.To);
        var to = typed ? command.To!.Trim() : authorization.Employee.Email
            ?? throw ValidationFailedException.ForField(nameof(command.To), "This employee has no email address on file: type the address to send it to.");
        authorization.RecordEmailed(to, now);

        var document = AuthorizationDocument.From(authorization, company, options.Value, now);
        outbox.Enqueue(new EmailMessage(
            [to],
            $"Your authorization {document.Number} from {document.CompanyName}",
            HtmlBody(document),
            TextBody(document),
            [new EmailAttachment(document.FileName, "application/pdf", renderer.Render(document))]));
        return new EmailedAuthorization(to);
    }

    private static string TextBody(AuthorizationDocument d)
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Hello {d.Employee.FirstName},")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"{d.CompanyName} has authorized a visit for you with {d.ProviderName}. Your authorization number is {d.Number}; it is valid until {d.ValidUntil:MMMM d, yyyy}.")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Where to go: {d.WhereToGo}")
            .AppendLine()
            .AppendLine("What to bring:");
        foreach (var item in d.WhatToBring)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {item}");
        }

        return text
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"The authorization is attached. Questions? Call {d.ProviderName} at {d.ProviderPhone}.")
            .ToString();
    }

    private static string HtmlBody(AuthorizationDocument d)
    {
        static string E(string value) => System.Net.WebUtility.HtmlEncode(value);
        var html = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<p>Hello {E(d.Employee.FirstName)},</p>")
            .Append(CultureInfo.InvariantCulture, $"<p>{E(d.CompanyName)} has authorized a visit for you with {E(d.ProviderName)}. Your authorization number is <strong>{E(d.Number)}</strong>; it is valid until {d.ValidUntil:MMMM d, yyyy}.</p>")
            .Append(CultureInfo.InvariantCulture, $"<p><strong>Where to go:</strong> {E(d.WhereToGo)}</p>")
            .Append("<p><strong>What to bring:</strong></p><ul>");
        foreach (var item in d.WhatToBring)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>{E(item)}</li>");
        }

        return html
            .Append("</ul>")
            .Append(CultureInfo.InvariantCulture, $"<p>The authorization is attached. Questions? Call {E(d.ProviderName)} at {E(d.ProviderPhone)}.</p>")
            .ToString();
    }
}
