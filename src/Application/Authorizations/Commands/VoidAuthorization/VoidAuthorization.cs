using System.Globalization;
using EmployerPortal.Application.Authorizations.Specifications;
using EmployerPortal.Application.Common.Email;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using Mediator;
using Microsoft.Extensions.Options;

namespace EmployerPortal.Application.Authorizations.Commands.VoidAuthorization;

/// <summary>
/// An Admin deletes an authorization, saying why: it is voided, keeps its number, and the audit trail records who and why.
/// When it had been emailed to the employee, they are told it is no longer valid (the number and the company only).
/// </summary>
[RequiresPermission(Permission.DeleteAuthorizations)]
public sealed record VoidAuthorizationCommand(Guid Id, string? Reason) : ICommand;

public sealed class VoidAuthorizationHandler(
    IRepository<Authorization> authorizations,
    IRepository<Company> companies,
    IEmailOutbox outbox,
    IOptions<AuthorizationsOptions> options,
    ICurrentUser currentUser,
    TimeProvider clock) : ICommandHandler<VoidAuthorizationCommand>
{
    public async ValueTask<Unit> Handle(VoidAuthorizationCommand command, CancellationToken cancellationToken)
    {
        var authorization = await authorizations.FirstOrDefaultAsync(
                new AuthorizationByIdSpec(new AuthorizationId(command.Id)), cancellationToken)
            ?? throw new NotFoundException("Authorization");
        authorization.Void(currentUser.RequireUserId(), clock.GetUtcNow(), command.Reason ?? string.Empty);

        if (authorization.WasEmailed)
        {
            var company = await companies.FirstOrDefaultAsync(new CompanyByIdSpec(authorization.CompanyId), cancellationToken)
                ?? throw new NotFoundException("Company");
            var to = authorization.Emails.Select(e => e.To).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            outbox.Enqueue(VoidedNotice(authorization, company.Name, to, options.Value));
        }

        return Unit.Value;
    }

    /// <summary>No medical detail and not the employer's reason: the number, the company, "no longer valid".</summary>
    private static EmailMessage VoidedNotice(Authorization authorization, string companyName, IReadOnlyList<string> to, AuthorizationsOptions options)
    {
        static string E(string value) => System.Net.WebUtility.HtmlEncode(value);
        var number = authorization.Number.Display;
        var firstName = authorization.Employee.FirstName;
        var what = $"{companyName} has voided authorization {number}. It is no longer valid: the clinic will not accept it.";
        var next = $"If you still need a visit, ask {companyName} for a new authorization. Questions? Call {options.ProviderName} at {options.ProviderPhone}.";
        return new EmailMessage(
            to,
            $"Your authorization {number} from {companyName} is no longer valid",
            string.Create(CultureInfo.InvariantCulture, $"<p>Hello {E(firstName)},</p><p>{E(what)}</p><p>{E(next)}</p>"),
            string.Create(CultureInfo.InvariantCulture, $"Hello {firstName},\n\n{what}\n\n{next}\n"),
            []);
    }
}
