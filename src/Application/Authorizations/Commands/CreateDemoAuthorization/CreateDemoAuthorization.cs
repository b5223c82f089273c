using EmployerPortal.Application.Authorizations.Specifications;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Common;
using Mediator;

namespace EmployerPortal.Application.Authorizations.Commands.CreateDemoAuthorization;

/// <summary>
/// Demo data only: an authorization created as of <paramref name="CreatedAt"/>, so the demo can show one that has
/// since expired (the seeder cannot wait for time to pass). It goes through <see cref="Authorization.Create"/> and all its rules.
/// </summary>
[SystemOnly]
[AcrossCompanies("Demo data is made for several companies.")]
public sealed record CreateDemoAuthorizationCommand(
    CompanyId CompanyId,
    PortalUserId CreatedBy,
    Employee Employee,
    AuthorizationReason Reason,
    InjuryDetails? Injury,
    IReadOnlyList<ServiceSelectionCode> Services,
    string? SpecialInstructions,
    DateOnly ValidUntil,
    DateTimeOffset CreatedAt) : ICommand<string>;

/// <summary>A catalog service code and its detail, for demo data.</summary>
public sealed record ServiceSelectionCode(string Code, string? Detail = null);

public sealed class CreateDemoAuthorizationHandler(
    IRepository<Authorization> authorizations,
    IRepository<ServiceCatalogEntry> catalog,
    IAuthorizationNumberGenerator numbers) : ICommandHandler<CreateDemoAuthorizationCommand, string>
{
    public async ValueTask<string> Handle(CreateDemoAuthorizationCommand command, CancellationToken cancellationToken)
    {
        var offered = (await catalog.ListAsync(new ActiveCatalogServicesSpec(), cancellationToken)).ToDictionary(s => s.Code, StringComparer.Ordinal);
        var services = command.Services.Select(s => new AuthorizedService(s.Code, offered[s.Code].Name, s.Detail)).ToList();
        var number = await numbers.NextUnusedAsync(authorizations, cancellationToken);
        authorizations.Add(Authorization.Create(
            command.CompanyId,
            number,
            command.Employee,
            command.Reason,
            command.Injury,
            services,
            command.SpecialInstructions,
            command.ValidUntil,
            command.CreatedBy,
            command.CreatedAt));
        return number.Display;
    }
}
