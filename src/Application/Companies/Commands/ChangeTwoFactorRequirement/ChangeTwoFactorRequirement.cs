using System.Text.Json;
using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Domain.Companies;
using Mediator;

namespace EmployerPortal.Application.Companies.Commands.ChangeTwoFactorRequirement;

/// <summary>
/// An Admin requires (or stops requiring) two-factor sign-in for every user of their company. Users without it
/// are sent to set it up at their next page.
/// </summary>
[RequiresPermission(Permission.EditCompanyAccount)]
public sealed record ChangeTwoFactorRequirementCommand(bool Required) : ICommand;

public sealed class ChangeTwoFactorRequirementHandler(IRepository<Company> companies, IAuditTrail audit)
    : ICommandHandler<ChangeTwoFactorRequirementCommand>
{
    public async ValueTask<Unit> Handle(ChangeTwoFactorRequirementCommand command, CancellationToken cancellationToken)
    {
        var company = await companies.FirstOrDefaultAsync(new CurrentCompanySpec(), cancellationToken)
            ?? throw new NotFoundException("Company");
        var before = company.RequiresTwoFactor;
        company.ChangeTwoFactorRequirement(command.Required);
        if (before != company.RequiresTwoFactor)
        {
            audit.Record(AuditActions.CompanySettingsChanged, "Company", company.Id.ToString(), JsonSerializer.Serialize(new
            {
                field = "requiresTwoFactor",
                before,
                after = company.RequiresTwoFactor,
            }));
        }

        return Unit.Value;
    }
}
