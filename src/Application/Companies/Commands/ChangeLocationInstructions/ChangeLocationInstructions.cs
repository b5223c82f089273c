using System.Text.Json;
using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Companies.Locations;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Domain.Companies;
using Mediator;

namespace EmployerPortal.Application.Companies.Commands.ChangeLocationInstructions;

/// <summary>
/// An Admin changes one location's standing instructions for clinic staff (printed on that location's authorizations).
/// A location-scoped Admin finds only their own locations; any other answers 404. Audited with before and after.
/// </summary>
[RequiresPermission(Permission.EditLocationInstructions)]
public sealed record ChangeLocationInstructionsCommand(string Code, string? SpecialInstructions) : ICommand;

public sealed class ChangeLocationInstructionsHandler(IRepository<Company> companies, ICurrentUser currentUser, IAuditTrail audit)
    : ICommandHandler<ChangeLocationInstructionsCommand>
{
    public async ValueTask<Unit> Handle(ChangeLocationInstructionsCommand command, CancellationToken cancellationToken)
    {
        var company = await companies.FirstOrDefaultAsync(new CurrentCompanySpec(), cancellationToken) ?? throw new NotFoundException("Company");
        var seen = UserLocations.SeenBy(company, currentUser).FirstOrDefault(l => l.Code == CompanyLocation.NormalizeCode(command.Code))
            ?? throw new NotFoundException("Location");
        var before = seen.SpecialInstructions ?? string.Empty;
        var location = company.ChangeLocationInstructions(seen.Code, command.SpecialInstructions)!;
        var after = location.SpecialInstructions ?? string.Empty;
        if (before != after)
        {
            audit.Record(AuditActions.LocationInstructionsChanged, "Company", company.Id.ToString(), JsonSerializer.Serialize(new { location = location.Code, before, after }));
        }

        return Unit.Value;
    }
}
