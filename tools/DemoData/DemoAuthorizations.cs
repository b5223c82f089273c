using EmployerPortal.Application.Authorizations.Commands.CheckInAuthorization;
using EmployerPortal.Application.Authorizations.Commands.CreateAuthorization;
using EmployerPortal.Application.Authorizations.Commands.VoidAuthorization;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Users;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace EmployerPortal.DemoData;

/// <summary>
/// A handful of authorizations per demo company, one or more in every status, made through the app's commands.
/// The expired one is created as of 40 days ago through <see cref="DemoAuthorizationFactory"/>:
/// the seeder cannot wait for a valid-until date to pass. The injury one is for <c>injuryLocation</c> (Acme's Phoenix
/// terminal), the others for the main location.
/// </summary>
public sealed class DemoAuthorizations(IServiceScopeFactory scopes)
{
    public async Task SeedAsync(FixedActor admin, string companyTag, string injuryLocation, CancellationToken cancellationToken)
    {
        var companyId = admin.CompanyId!.Value;
        var adminId = admin.UserId!.Value;
        const string main = CompanyLocation.MainCode;
        DateTimeOffset now;
        await using (var scope = scopes.CreateAsyncScope())
        {
            now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        }

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var names = companyTag == DemoDataSeeder.Acme.AccountNumber
            ? new[] { ("José", "Muñoz"), ("Dana", "Whitfield"), ("Marcus", "Lee"), ("Priya", "Shah"), ("Tom", "Becker") }
            : new[] { ("Hannah", "Kowalski"), ("Luis", "Ortega"), ("Grace", "Okafor"), ("Ben", "Carter"), ("Mia", "Novak") };

        // Active: a non-injury pre-placement and an injury.
        await SendAsAsync(admin, s => s.Send(
            new CreateAuthorizationCommand(
                names[0].Item1, names[0].Item2, new DateOnly(1988, 4, 12), "E-1001", $"{Ascii(names[0].Item1)}.{Ascii(names[0].Item2)}@employee.example".ToLowerInvariant(), "(214) 555-0101",
                AuthorizationReason.NonInjury, null, null,
                [new ServiceSelection("PHYS-PREPLACE"), new ServiceSelection("DRUG-NONDOT", "10-panel"), new ServiceSelection("HV-AUDIO")],
                "Call the safety office if any test is inconclusive.", null, main),
            cancellationToken));
        await SendAsAsync(admin, s => s.Send(
            new CreateAuthorizationCommand(
                names[1].Item1, names[1].Item2, new DateOnly(1979, 11, 3), "E-1002", null, null,
                AuthorizationReason.Injury, today.AddDays(-1), "Strained lower back lifting a pallet.",
                [new ServiceSelection("INJ-EVAL"), new ServiceSelection("DRUG-DOT")],
                null, today.AddDays(14), injuryLocation, DotTestReason: DotTestReason.PostAccident),
            cancellationToken));

        // Used: checked in by the clinic.
        var used = await SendAsAsync(admin, s => s.Send(
            new CreateAuthorizationCommand(
                names[2].Item1, names[2].Item2, new DateOnly(1992, 7, 21), "E-1003", null, null,
                AuthorizationReason.NonInjury, null, null,
                [new ServiceSelection("PHYS-DOT"), new ServiceSelection("DRUG-DOT")], null, null, main, DotTestReason: DotTestReason.PreEmployment),
            cancellationToken));
        await SendAsAsync(FixedActor.System, s => s.Send(new CheckInAuthorizationCommand(used.Number, $"DEMO-{companyTag}-V1"), cancellationToken));

        // Voided by the Admin.
        var voided = await SendAsAsync(admin, s => s.Send(
            new CreateAuthorizationCommand(
                names[3].Item1, names[3].Item2, new DateOnly(1985, 1, 30), null, null, null,
                AuthorizationReason.NonInjury, null, null,
                [new ServiceSelection("RESP-FIT"), new ServiceSelection("RESP-CLEAR")], null, null, main),
            cancellationToken));
        await SendAsAsync(admin, s => s.Send(new VoidAuthorizationCommand(voided.Id, "The employee left before the visit."), cancellationToken));

        // Expired: created 40 days ago, valid for 30.
        await using (var scope = scopes.CreateAsyncScope())
        {
            await DemoAuthorizationFactory.CreateAsync(
                scope.ServiceProvider,
                companyId, adminId,
                new Employee(names[4].Item1, names[4].Item2, new DateOnly(1990, 9, 9), "E-1005"),
                AuthorizationReason.NonInjury, null,
                [new ServiceSelectionCode("IMM-TB"), new ServiceSelectionCode("IMM-FLU")],
                null, today.AddDays(-10), now.AddDays(-40), main, cancellationToken);
        }
    }

    private static string Ascii(string name) => name.Replace("é", "e", StringComparison.Ordinal).Replace("ñ", "n", StringComparison.Ordinal);

    private async Task<TResponse> SendAsAsync<TResponse>(ICurrentUser actor, Func<ISender, ValueTask<TResponse>> send)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().RunAs(actor);
        return await send(scope.ServiceProvider.GetRequiredService<ISender>());
    }
}
