using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Employees;
using EmployerPortal.Application.Employees.Commands.SaveRosterEmployee;
using EmployerPortal.Application.Results.Commands.AddResultDocument;
using EmployerPortal.Application.Results.Commands.ChangeVisitStatus;
using EmployerPortal.Application.Results.Commands.RegisterVisit;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Results;
using EmployerPortal.Infrastructure.Pdf;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace EmployerPortal.DemoData;

/// <summary>
/// Acme's roster — the people of the demo visits, with their programs — and the results that renew their items, dated
/// so that the compliance page has something overdue, due this month, due later and current.
/// </summary>
public sealed class RosterDemoData(IServiceScopeFactory scopes)
{
    public async Task SeedAsync(ICurrentUser acmeAdmin, CancellationToken cancellationToken)
    {
        DateTimeOffset now;
        await using (var scope = scopes.CreateAsyncScope())
        {
            now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        }

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        const string main = CompanyLocation.MainCode, phx = DemoDataSeeder.PhoenixCode;
        (string Id, string First, string Last, int Person, string Locations, string Programs, string Status)[] people =
        [
            ("E-1001", "José", "Muñoz", 0, main, "DOT driver", "Active"),
            ("E-1002", "Dana", "Whitfield", 1, main, "DOT driver; Hearing conservation", "Active"),
            ("E-1003", "Priya", "Natarajan", 2, phx, "Respirator user", "Active"),
            ("E-1004", "Marcus", "O'Neil", 3, phx, "DOT driver", "Active"),
            ("E-1005", "Lena", "Kowalski", 4, main, "Hearing conservation; Bloodborne pathogens", "Active"),
            ("E-1006", "Tomás", "Herrera", 5, $"{main}; {phx}", "Respirator user", "Terminated"),
        ];
        foreach (var p in people)
        {
            // The same dates of birth as the demo visits, so those visits are theirs.
            var born = new DateOnly(1980 + (p.Person * 3), 1 + p.Person, 10 + p.Person);
            await SendAsync(acmeAdmin, new SaveRosterEmployeeCommand(null, new RosterEmployeeInput(
                p.Id, p.First, p.Last, born.ToString("yyyy-MM-dd"), null, null, p.Programs.StartsWith("DOT", StringComparison.Ordinal) ? "Driver" : "Warehouse associate",
                p.Locations, today.AddYears(-4).ToString("yyyy-MM-dd"), p.Status, p.Programs)), cancellationToken);
        }

        var sequence = 0;
        async Task Renewal(int person, string location, ResultType type, int daysAgo, DateOnly? expiresOn, string? vaccine = null, int? dose = null)
        {
            var p = people[person];
            var born = new DateOnly(1980 + (p.Person * 3), 1 + p.Person, 10 + p.Person);
            var visit = $"DEMO-100200-C{++sequence:00}";
            var at = now.AddDays(-daysAgo);
            await SendAsync(FixedActor.System, new RegisterVisitCommand(visit, DemoDataSeeder.Acme.AccountNumber, new VisitEmployeeInput(p.First, p.Last, born, p.Id),
                VisitCategory.NonInjury.ToString(), at, "Northside Clinic", null, location), cancellationToken);
            foreach (var status in new[] { VisitStatus.CheckedIn, VisitStatus.InProgress, VisitStatus.Completed })
            {
                at = at.AddMinutes(20);
                await SendAsync(FixedActor.System, new ChangeVisitStatusCommand(visit, status.ToString(), at), cancellationToken);
            }

            var pdf = SamplePdf.Create(ResultTypes.Get(type).DisplayName, [$"Employee: {p.First} {p.Last}", "Demo document — not a real medical record."]);
            await using var content = new MemoryStream(pdf);
            await SendAsync(FixedActor.System, new AddResultDocumentCommand(visit, $"{visit}-D1", type.ToString(), null, ResultOutcome.Pass.ToString(), content, pdf.Length, ExpiresOn: expiresOn, Vaccine: vaccine, Dose: dose), cancellationToken);
        }

        await Renewal(0, main, ResultType.MecDotCard, 710, null);                                 // José: card due within 30 days (2-year cap)
        await Renewal(1, main, ResultType.AudiogramResults, 300, null);                           // Dana: hearing test due in 60–90 days; no DOT card: overdue
        await Renewal(2, phx, ResultType.FitTestResults, 380, null);                              // Priya: fit test overdue
        await Renewal(2, phx, ResultType.RespiratoryClearance, 200, today.AddDays(12));           // Priya: clearance lapses in 12 days
        await Renewal(3, phx, ResultType.MecDotCard, 100, today.AddDays(265));                    // Marcus: current
        await Renewal(4, main, ResultType.AudiogramResults, 340, null);                           // Lena: hearing test due within 30 days
        await Renewal(4, main, ResultType.VaccineAdministrationRecord, 20, null, VaccineSeries.HepatitisB.Code, 1); // Lena: hepatitis B dose 2 due in about 10 days
    }

    private async Task SendAsync<TResponse>(ICurrentUser actor, ICommand<TResponse> command, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().RunAs(actor);
        await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, cancellationToken);
    }
}
