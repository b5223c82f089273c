using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Results.Commands.AddResultDocument;
using EmployerPortal.Application.Results.Commands.ChangeVisitStatus;
using EmployerPortal.Application.Results.Commands.RegisterVisit;
using EmployerPortal.Domain.Results;
using EmployerPortal.Infrastructure.Pdf;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace EmployerPortal.DemoData;

/// <summary>
/// Visits in every status and result documents of many types for a demo company, pushed through the same commands
/// the ops API sends (as the system actor), with real PDFs generated on the spot.
/// </summary>
public sealed class ResultsDemoData(IServiceScopeFactory scopes)
{
    private static readonly ResultType[] InjuryTypes =
    [
        ResultType.InjuryActivityStatusReport, ResultType.FirstNoticeOfInjuryLetter, ResultType.PatientReferralReport,
        ResultType.StateReport, ResultType.EmployerPatientVisitReport,
    ];

    private static readonly ResultType[] NonInjuryTypes =
    [
        ResultType.MecDotCard, ResultType.FitTestResults, ResultType.PrePlacementPhysicalResults, ResultType.CustodyAndControlForm,
        ResultType.AlcoholTestingForm, ResultType.TestAndLabResults, ResultType.VaccineAdministrationRecord, ResultType.RespiratoryClearance,
        ResultType.MerLongForm, ResultType.HumanPerformanceEvaluationResults, ResultType.MedicalSurveillanceOpinionLetter,
        ResultType.NonInjuryActivityStatusReport,
    ];

    private static readonly Dictionary<string, (string First, string Last, string Id)[]> Employees = new()
    {
        [DemoDataSeeder.Acme.AccountNumber] =
        [
            ("José", "Muñoz", "E-1001"), ("Dana", "Whitfield", "E-1002"), ("Priya", "Natarajan", "E-1003"),
            ("Marcus", "O'Neil", "E-1004"), ("Lena", "Kowalski", "E-1005"), ("Tomás", "Herrera", "E-1006"),
        ],
        [DemoDataSeeder.Globex.AccountNumber] =
        [
            ("Gloria", "Stein", "G-2001"), ("Ahmed", "Karim", "G-2002"), ("Mei", "Chen", "G-2003"), ("Robert", "Blake", "G-2004"),
        ],
    };

    /// <summary>Visits and results of the company, spread over its <paramref name="locationCodes"/> person by person.</summary>
    public async Task SeedAsync(string accountNumber, IReadOnlyList<string> locationCodes, CancellationToken cancellationToken)
    {
        DateTimeOffset now;
        await using (var scope = scopes.CreateAsyncScope())
        {
            now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        }

        var today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        var people = Employees[accountNumber];
        var sequence = 0;
        async Task<string> Visit(int person, VisitCategory category, DateTimeOffset scheduledAt, params VisitStatus[] path)
        {
            var (first, last, id) = people[person % people.Length];
            var externalId = $"DEMO-{accountNumber}-{++sequence:000}";
            await SendAsync(new RegisterVisitCommand(
                externalId, accountNumber, new VisitEmployeeInput(first, last, new DateOnly(1980 + (person * 3), 1 + person, 10 + person), id),
                category.ToString(), scheduledAt, category == VisitCategory.Injury ? "Downtown Occupational Health" : "Northside Clinic", null,
                locationCodes[person % locationCodes.Count]), cancellationToken);
            var at = scheduledAt;
            foreach (var status in path)
            {
                at = at.AddMinutes(20);
                await SendAsync(new ChangeVisitStatusCommand(externalId, status.ToString(), at), cancellationToken);
            }

            return externalId;
        }

        // Today and the past few days: one visit in every status.
        await Visit(0, VisitCategory.NonInjury, today.AddHours(16));
        await Visit(1, VisitCategory.Injury, today.AddHours(8), VisitStatus.CheckedIn);
        await Visit(2, VisitCategory.NonInjury, today.AddHours(7), VisitStatus.CheckedIn, VisitStatus.InProgress);
        await Visit(3, VisitCategory.NonInjury, today.AddDays(-2).AddHours(9), VisitStatus.NoShow);
        await Visit(4, VisitCategory.Injury, today.AddDays(-3).AddHours(10), VisitStatus.Cancelled);

        // Completed visits of the last months, each with result documents.
        var completed = new[] { VisitStatus.CheckedIn, VisitStatus.InProgress, VisitStatus.Completed };
        var documents = 0;
        for (var i = 0; i < 8; i++)
        {
            var category = i % 3 == 0 ? VisitCategory.Injury : VisitCategory.NonInjury;
            var visit = await Visit(i, category, today.AddDays(-1 - (i * 9)).AddHours(9), completed);
            var types = category == VisitCategory.Injury ? InjuryTypes : NonInjuryTypes;
            for (var d = 0; d < 2; d++)
            {
                var type = types[(documents++) % types.Length];
                var (first, last, _) = people[i % people.Length];
                // Injury letters and reports have no pass/fail outcome; only tests and clearances do.
                ResultOutcome? outcome = category == VisitCategory.Injury ? null
                    : d == 0 ? (i % 4 == 3 ? ResultOutcome.Fail : ResultOutcome.Pass) : ResultOutcome.Pending;
                var pdf = SamplePdf.Create(
                    ResultTypes.Get(type).DisplayName,
                    [$"Employee: {first} {last}", $"Visit: {visit}", $"Outcome: {outcome?.ToString() ?? "none"}", "Demo document — not a real medical record."]);
                await using var content = new MemoryStream(pdf);
                await SendAsync(new AddResultDocumentCommand(visit, $"{visit}-D{d + 1}", type.ToString(), null, outcome?.ToString(), content, pdf.Length), cancellationToken);
            }
        }
    }

    private async Task SendAsync<TResponse>(ICommand<TResponse> command, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().RunAsSystem();
        await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, cancellationToken);
    }
}
