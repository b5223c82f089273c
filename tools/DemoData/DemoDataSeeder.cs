using EmployerPortal.Application.Common.Addresses;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Companies.Commands.ProvisionCompany;
using EmployerPortal.Application.Companies.Commands.UpdateCompanyAccount;
using EmployerPortal.Application.Companies.Locations;
using EmployerPortal.Application.Companies.Queries.GetCompany;
using EmployerPortal.Application.Users.Commands.InviteUser;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Users;
using EmployerPortal.Infrastructure.Persistence;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace EmployerPortal.DemoData;

/// <summary>
/// The demo companies of DESIGN §7, created through the application's own commands so they obey every rule.
/// Runs in Development only (and in the test fixtures); does nothing if the demo data is already there.
/// </summary>
public sealed class DemoDataSeeder(IServiceScopeFactory scopes) : IDatabaseSeeder
{
    /// <summary>The demo password, documented in README.md; demo users exist in Development only.</summary>
    public const string DemoPassword = "Portal-Demo-2026!";

    public static readonly DemoCompany Acme = new("100200", "Acme Logistics", "admin@acme.example", "viewer@acme.example");
    public const string PhoenixCode = "PHX";

    /// <summary>Acme's View Only user who sees its Dallas terminal (MAIN) only.</summary>
    public const string DallasViewerEmail = "dallas@acme.example";

    public static readonly DemoCompany Globex = new("100300", "Globex Manufacturing", "admin@globex.example", null);

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await ExistsAsync(Acme, cancellationToken))
        {
            return;
        }

        var acmeAdmin = await SeedCompanyAsync(Acme, new AddressInput("1200 Commerce St", "Suite 400", "Dallas", "TX", "75202"), "(214) 555-0142", ("Alice", "Admin"), ("Victor", "Viewer"), cancellationToken);
        await SeedAcmeLocationsAsync(acmeAdmin, cancellationToken);
        var globexAdmin = await SeedCompanyAsync(Globex, new AddressInput("88 Industrial Pkwy", null, "Springfield", "OH", "45501"), "(937) 555-0190", ("Gloria", "Admin"), null, cancellationToken);
        var authorizations = new DemoAuthorizations(scopes);
        await authorizations.SeedAsync(acmeAdmin, Acme.AccountNumber, PhoenixCode, cancellationToken);
        await authorizations.SeedAsync(globexAdmin, Globex.AccountNumber, CompanyLocation.MainCode, cancellationToken);
        await SeedResultsAsync(cancellationToken);
        await new RosterDemoData(scopes).SeedAsync(acmeAdmin, cancellationToken);
    }

    private async Task SeedResultsAsync(CancellationToken cancellationToken)
    {
        var results = new ResultsDemoData(scopes);
        await results.SeedAsync(Acme.AccountNumber, [CompanyLocation.MainCode, PhoenixCode], cancellationToken);
        await results.SeedAsync(Globex.AccountNumber, [CompanyLocation.MainCode], cancellationToken);
        await new DemoInjuryCases(scopes).SeedAsync(cancellationToken);
    }

    /// <summary>Acme's terminals: Dallas (its main location) and Phoenix, and a View Only user who sees Dallas only.</summary>
    private async Task SeedAcmeLocationsAsync(ICurrentUser admin, CancellationToken cancellationToken)
    {
        var dallas = new AddressInput("1200 Commerce St", "Suite 400", "Dallas", "TX", "75202");
        await SendAsAsync(FixedActor.System, s => s.Send(
            new UpdateLocationCommand(Acme.AccountNumber, CompanyLocation.MainCode, "Dallas Terminal", dallas, "(214) 555-0142", "America/Chicago", "Drivers enter by the Commerce St gate."),
            cancellationToken));
        await SendAsAsync(FixedActor.System, s => s.Send(
            new AddLocationCommand(Acme.AccountNumber, PhoenixCode, "Phoenix Terminal", new AddressInput("4400 E Broadway Rd", null, "Phoenix", "AZ", "85040"),
                "(602) 555-0142", "America/Phoenix", "Check in at gate 3."),
            cancellationToken));
        var dallasViewer = await SendAsAsync(admin, s => s.Send(
                new InviteUserCommand(DallasViewerEmail, "Dee", "Dallas", UserRole.ViewOnly, [CompanyLocation.MainCode]), cancellationToken))
            ?? throw new InvalidOperationException($"{DallasViewerEmail} belongs to another company.");
        await SetPasswordAsync(dallasViewer, cancellationToken);
    }

    private async Task<bool> ExistsAsync(DemoCompany company, CancellationToken cancellationToken)
    {
        try
        {
            await SendAsAsync(FixedActor.System, s => s.Send(new GetCompanyQuery(company.AccountNumber), cancellationToken));
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    /// <summary>Provisions the company with its Admin (and viewer) and answers the Admin, to act as.</summary>
    private async Task<FixedActor> SeedCompanyAsync(
        DemoCompany demo,
        AddressInput address,
        string phone,
        (string First, string Last) admin,
        (string First, string Last)? viewer,
        CancellationToken cancellationToken)
    {
        var provisioned = await SendAsAsync(FixedActor.System, s => s.Send(
            new ProvisionCompanyCommand(demo.AccountNumber, demo.Name, phone, address, new FirstAdminInput(demo.AdminEmail, admin.First, admin.Last)),
            cancellationToken));
        await SetPasswordAsync(provisioned.FirstAdminUserId, cancellationToken);
        var admins = FixedActor.Employer(new PortalUserId(provisioned.FirstAdminUserId), new CompanyId(provisioned.CompanyId), UserRole.Admin);
        await SendAsAsync(admins, s => s.Send(new UpdateCompanyAccountCommand(1, address, phone, "Call the safety office before any drug test.",
            [new ContactInput($"{admin.First} {admin.Last}", "Safety Manager", demo.AdminEmail, phone, true, true, true, false)]), cancellationToken));

        if (viewer is { } v && demo.ViewerEmail is not null)
        {
            var adminActor = FixedActor.Employer(new PortalUserId(provisioned.FirstAdminUserId), new CompanyId(provisioned.CompanyId), UserRole.Admin);
            var viewerId = await SendAsAsync(adminActor, s => s.Send(new InviteUserCommand(demo.ViewerEmail, v.First, v.Last, UserRole.ViewOnly), cancellationToken))
                ?? throw new InvalidOperationException($"{demo.ViewerEmail} belongs to another company.");
            await SetPasswordAsync(viewerId, cancellationToken);
        }

        return admins;
    }

    private async Task SetPasswordAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await DemoAccounts.SetInitialPasswordAsync(scope.ServiceProvider, userId, DemoPassword, cancellationToken);
    }

    /// <summary>Sends one message in a scope of its own, as the given actor.</summary>
    private async Task<TResponse> SendAsAsync<TResponse>(ICurrentUser actor, Func<ISender, ValueTask<TResponse>> send)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().RunAs(actor);
        return await send(scope.ServiceProvider.GetRequiredService<ISender>());
    }
}

public sealed record DemoCompany(string AccountNumber, string Name, string AdminEmail, string? ViewerEmail);
