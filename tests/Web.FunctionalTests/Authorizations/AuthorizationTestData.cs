using EmployerPortal.Application.Authorizations.Commands.CreateAuthorization;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Users;
using EmployerPortal.DemoData;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Web.FunctionalTests.Authorizations;

/// <summary>Arranges authorizations through the real pipeline, as a demo company's user.</summary>
internal static class AuthorizationTestData
{
    public static async Task<FixedActor> ActorAsync(PortalFactory factory, string email) =>
        await factory.WithDbAsync(async db =>
        {
            var user = await db.PortalUsers.SingleAsync(u => u.Email == email);
            return FixedActor.Employer(user.Id, user.CompanyId, user.Role);
        });

    public static Task<CreatedAuthorization> CreateAsync(
        PortalFactory factory,
        string email,
        string firstName = "Ana",
        string lastName = "Test",
        string? employeeEmail = null,
        DateOnly? validUntil = null) =>
        CreateAsync(factory, email, Command(firstName, lastName, employeeEmail, validUntil));

    public static async Task<CreatedAuthorization> CreateAsync(PortalFactory factory, string email, CreateAuthorizationCommand command)
    {
        var actor = await ActorAsync(factory, email);
        return await factory.SendAsync(s => s.Send(command), actor);
    }

    public static CreateAuthorizationCommand Command(string firstName = "Ana", string lastName = "Test", string? employeeEmail = null, DateOnly? validUntil = null) =>
        new(firstName, lastName, new DateOnly(1990, 5, 17), "E-77", employeeEmail, null,
            AuthorizationReason.NonInjury, null, null,
            [new ServiceSelection("PHYS-DOT"), new ServiceSelection("DRUG-NONDOT", "5-panel")],
            "Bring to the side entrance.", validUntil, "MAIN");

    /// <summary>An authorization created 40 days ago and valid for 30: expired now (the fixture's clock cannot go back).</summary>
    public static async Task<string> CreateExpiredAsync(PortalFactory factory, string email, string firstName = "Old", string lastName = "Expired")
    {
        var actor = await ActorAsync(factory, email);
        var now = factory.Clock.GetUtcNow();
        return await DemoAuthorizationFactory.CreateAsync(
            factory.Services,
            actor.CompanyId!.Value,
            actor.UserId!.Value,
            new Employee(firstName, lastName, new DateOnly(1980, 1, 1)),
            AuthorizationReason.NonInjury,
            null,
            [new ServiceSelectionCode("IMM-FLU")],
            null,
            DateOnly.FromDateTime(now.UtcDateTime).AddDays(-10),
            now.AddDays(-40));
    }

    public static Task<int> CountAsync(PortalFactory factory) => factory.WithDbAsync(db => db.Authorizations.CountAsync());

    public static string AcmeAdmin => DemoDataSeeder.Acme.AdminEmail;

    public static string AcmeViewer => DemoDataSeeder.Acme.ViewerEmail!;

    public static string GlobexAdmin => DemoDataSeeder.Globex.AdminEmail;

    public static UserRole RoleOf(string email) => email == AcmeViewer ? UserRole.ViewOnly : UserRole.Admin;
}
