using System.Net;
using EmployerPortal.Application.Common.Email;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Domain.AccountRequests;
using Mediator;

namespace EmployerPortal.Application.AccountRequests.Commands.SubmitAccountRequest;

/// <summary>A prospect asks for a portal account through the public form; they get a confirmation email.</summary>
[AnonymousAccess]
public sealed record SubmitAccountRequestCommand(
    string? CompanyName,
    string? ContactName,
    string? Email,
    string? Phone,
    int? NumberOfEmployees,
    string? LocationZipCodes,
    IReadOnlyList<ServicesOfInterest>? Services,
    string? Message) : ICommand<Guid>
{
    /// <summary>ZIP codes as typed: separated by commas, semicolons or white space.</summary>
    public static IReadOnlyList<string> SplitZipCodes(string? zipCodes) =>
        (zipCodes ?? string.Empty).Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

public sealed class SubmitAccountRequestHandler(IRepository<AccountRequest> requests, IEmailOutbox outbox, TimeProvider clock)
    : ICommandHandler<SubmitAccountRequestCommand, Guid>
{
    public ValueTask<Guid> Handle(SubmitAccountRequestCommand command, CancellationToken cancellationToken)
    {
        var services = (command.Services ?? []).Aggregate(ServicesOfInterest.None, (all, one) => all | one);
        var request = AccountRequest.Submit(
            command.CompanyName!,
            command.ContactName!,
            command.Email!,
            command.Phone!,
            command.NumberOfEmployees!.Value,
            SubmitAccountRequestCommand.SplitZipCodes(command.LocationZipCodes),
            services,
            command.Message,
            clock.GetUtcNow());
        requests.Add(request);
        outbox.Enqueue(ConfirmationEmail(request));
        return ValueTask.FromResult(request.Id);
    }

    private static EmailMessage ConfirmationEmail(AccountRequest request)
    {
        const string subject = "We received your Employer Portal account request";
        var text = $"""
            Hello {request.ContactName},

            Thank you for asking for an Employer Portal account for {request.CompanyName}.
            Our team will review your request and contact you within two business days.

            If you did not send this request, you can ignore this email.

            Employer Portal
            """;
        var html = $"""
            <p>Hello {WebUtility.HtmlEncode(request.ContactName)},</p>
            <p>Thank you for asking for an Employer Portal account for {WebUtility.HtmlEncode(request.CompanyName)}.
            Our team will review your request and contact you within two business days.</p>
            <p>If you did not send this request, you can ignore this email.</p>
            <p>Employer Portal</p>
            """;
        return new EmailMessage([request.Email], subject, html, text);
    }
}
