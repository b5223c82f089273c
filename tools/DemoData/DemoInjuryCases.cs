using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.InjuryCases;
using EmployerPortal.Application.InjuryCases.Commands.RecordWorkStatus;
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
/// Acme's injury cases (DESIGN §7): an open case at the Dallas terminal on modified duty with a restriction and a next
/// appointment, and a closed one at Phoenix — pushed through the ops commands, in each terminal's local dates.
/// </summary>
public sealed class DemoInjuryCases(IServiceScopeFactory scopes)
{
    public const string OpenCaseId = "DEMO-CASE-100200-1";
    public const string ClosedCaseId = "DEMO-CASE-100200-2";
    public const string OpenCaseEmployee = "Lena Kowalski";
    public const string OpenCaseRestriction = "No lifting over 20 lb";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset now;
        await using (var scope = scopes.CreateAsyncScope())
        {
            now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        }

        var dallas = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");
        var phoenix = TimeZoneInfo.FindSystemTimeZoneById("America/Phoenix");
        var dallasToday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, dallas).DateTime);
        var phoenixToday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, phoenix).DateTime);

        // Open, Dallas: injured 12 days ago, off work three days, then modified duty; rechecked in three days.
        var injured = dallasToday.AddDays(-12);
        var lena = new VisitEmployeeInput("Lena", "Kowalski", new DateOnly(1992, 5, 14), "E-1005");
        var first = await VisitAsync("DEMO-100200-IC1-V1", lena, CompanyLocation.MainCode, At(injured, 15, dallas), OpenCaseId, injured, "Lower back", "WC-100200-0412", "Lifting a crate on the dock", cancellationToken);
        await DocumentAsync(first, ResultType.FirstNoticeOfInjuryLetter, null, cancellationToken);
        await DocumentAsync(first, ResultType.InjuryActivityStatusReport, null, cancellationToken);
        await SendAsync(new RecordWorkStatusCommand(first, "OffWork", [], injured, null, injured.AddDays(3), false), cancellationToken);
        var recheck = await VisitAsync("DEMO-100200-IC1-V2", lena, CompanyLocation.MainCode, At(injured.AddDays(3), 9, dallas), OpenCaseId, injured, null, null, null, cancellationToken);
        await SendAsync(new RecordWorkStatusCommand(
            recheck, "ModifiedDuty", [OpenCaseRestriction, "Sit or stand as needed"], injured.AddDays(4), At(dallasToday.AddDays(3), 9, dallas), dallasToday.AddDays(10), false), cancellationToken);

        // Closed, Phoenix: injured 60 days ago, off work five days, back to full duty and closed.
        var cut = phoenixToday.AddDays(-60);
        var marcus = new VisitEmployeeInput("Marcus", "O'Neil", new DateOnly(1989, 4, 13), "E-1004");
        var visit = await VisitAsync("DEMO-100200-IC2-V1", marcus, DemoDataSeeder.PhoenixCode, At(cut, 11, phoenix), ClosedCaseId, cut, "Right hand", "WC-100200-0388", "Cut on a pallet strap", cancellationToken);
        await SendAsync(new RecordWorkStatusCommand(visit, "OffWork", [], cut, null, cut.AddDays(6), false), cancellationToken);
        await SendAsync(new RecordWorkStatusCommand(visit, "FullDuty", [], cut.AddDays(6), null, null, true), cancellationToken);
    }

    private static DateTimeOffset At(DateOnly date, int hour, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(new TimeOnly(hour, 0));
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private async Task<string> VisitAsync(
        string externalId, VisitEmployeeInput employee, string location, DateTimeOffset scheduledAt, string caseId, DateOnly injured,
        string? bodyPart, string? claimNumber, string? description, CancellationToken cancellationToken)
    {
        await SendAsync(new RegisterVisitCommand(
            externalId, DemoDataSeeder.Acme.AccountNumber, employee, nameof(VisitCategory.Injury), scheduledAt, "Downtown Occupational Health", null, location,
            new InjuryCaseInput(caseId, injured, new TimeOnly(14, 30), bodyPart, claimNumber, "Lone Star Mutual", description)), cancellationToken);
        foreach (var (status, minutes) in new[] { (VisitStatus.CheckedIn, 10), (VisitStatus.InProgress, 25), (VisitStatus.Completed, 60) })
        {
            await SendAsync(new ChangeVisitStatusCommand(externalId, status.ToString(), scheduledAt.AddMinutes(minutes)), cancellationToken);
        }

        return externalId;
    }

    private async Task DocumentAsync(string visit, ResultType type, string? outcome, CancellationToken cancellationToken)
    {
        var pdf = SamplePdf.Create(ResultTypes.Get(type).DisplayName, [$"Visit: {visit}", "Demo document — not a real medical record."]);
        await using var content = new MemoryStream(pdf);
        await SendAsync(new AddResultDocumentCommand(visit, $"{visit}-{type}", type.ToString(), null, outcome, content, pdf.Length), cancellationToken);
    }

    private async Task SendAsync<TResponse>(ICommand<TResponse> command, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().RunAsSystem();
        await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, cancellationToken);
    }
}
