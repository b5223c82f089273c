using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Printing;
using EmployerPortal.Application.Letters.Specifications;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Results;

namespace EmployerPortal.Application.Letters;

/// <summary>What the Employee No Show Letter and the Recheck Appointment Reminder Letter say.</summary>
public sealed class VisitLetterContent(IReadRepository<Authorization> authorizations)
{
    public async Task<PrintDocument> NoShowAsync(VisitResult visit, Company company, DateTimeOffset today, CancellationToken cancellationToken)
    {
        var services = await ServicesAsync(visit, cancellationToken);
        return new PrintDocument(
            ResultTypes.Get(ResultType.EmployeeNoShowLetter).DisplayName,
            [
                .. Letterhead(company, today),
                new PrintParagraph($"Our records show that your employee {visit.Employee.FullName} did not attend the appointment below."),
                new PrintFields(
                [
                    Field("Employee", visit.Employee.FullName),
                    Field("Employee ID", visit.Employee.EmployeeId ?? "Not given"),
                    Field("Scheduled for", LetterFormat.DateTime(visit.ScheduledAt, company.ZoneOf(visit.LocationCode))),
                    Field("Clinic", visit.Clinic),
                    Field("Visit type", visit.Category == VisitCategory.Injury ? "Injury care" : "Non-injury services"),
                    Field("Services", services),
                    Field("Authorization", visit.AuthorizationNumber ?? "None"),
                ]),
                new PrintHeading("What to do next"),
                new PrintParagraph("Please contact the employee and arrange a new appointment with the clinic. "
                    + "If the authorization has expired or has been used, create a new one in the Employer Portal before the employee returns."),
                new PrintParagraph("This letter is kept with the visit's documents in the Employer Portal."),
            ]);
    }

    public static PrintDocument RecheckReminder(VisitResult visit, Company company, DateTimeOffset appointmentAt, DateTimeOffset today) =>
        new(
            ResultTypes.Get(ResultType.RecheckAppointmentReminderLetter).DisplayName,
            [
                .. Letterhead(company, today),
                new PrintParagraph($"This is a reminder that your employee {visit.Employee.FullName} has a recheck appointment for their work injury."),
                new PrintFields(
                [
                    Field("Employee", visit.Employee.FullName),
                    Field("Employee ID", visit.Employee.EmployeeId ?? "Not given"),
                    Field("Recheck appointment", LetterFormat.DateTime(appointmentAt, company.ZoneOf(visit.LocationCode))),
                    Field("Clinic", visit.Clinic),
                    Field("First visit", LetterFormat.DateTime(visit.ScheduledAt, company.ZoneOf(visit.LocationCode))),
                ]),
                new PrintHeading("What to do next"),
                new PrintParagraph("Please make sure the employee can attend. If they cannot, contact the clinic to reschedule; "
                    + "a rescheduled appointment gets a reminder of its own."),
            ]);

    private static IEnumerable<PrintBlock> Letterhead(Company company, DateTimeOffset today) =>
    [
        new PrintParagraph(LetterFormat.Date(today, company.TimeZone)),
        new PrintFields(
        [
            Field("To", company.Name),
            Field("Account", company.AccountNumber.Value),
            Field("Address", company.Address.SingleLine),
        ]),
    ];

    private async Task<string> ServicesAsync(VisitResult visit, CancellationToken cancellationToken)
    {
        if (!AuthorizationNumber.TryParse(visit.AuthorizationNumber, out var number))
        {
            return "As booked by the clinic";
        }

        var names = await authorizations.FirstOrDefaultAsync(new ServiceNamesOfAuthorizationSpec(number), cancellationToken);
        return names is { Count: > 0 } ? string.Join(", ", names) : "As booked by the clinic";
    }

    private static KeyValuePair<string, string> Field(string label, string value) => new(label, value);
}
