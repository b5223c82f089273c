using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Common.Time;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.InjuryCases;
using Mediator;

namespace EmployerPortal.Application.InjuryCases.Commands.SaveOshaEstablishment;

/// <summary>An Admin enters the establishment details of a location for a calendar year's Form 300A; saving again replaces them.</summary>
[RequiresPermission(Permission.ManageOshaRecords)]
public sealed record SaveOshaEstablishmentCommand(
    string? LocationCode,
    int? Year,
    string? EstablishmentName,
    string? Street,
    string? City,
    string? State,
    string? PostalCode,
    string? IndustryDescription,
    string? NaicsCode,
    int? AverageEmployees,
    long? HoursWorked) : ICommand;

public sealed class SaveOshaEstablishmentHandler(
    IRepository<OshaEstablishment> establishments,
    IRepository<InjuryCase> injuryCases,
    IRepository<Company> companies,
    ICompanyClock companyClock,
    TimeProvider clock) : ICommandHandler<SaveOshaEstablishmentCommand>
{
    public async ValueTask<Unit> Handle(SaveOshaEstablishmentCommand command, CancellationToken cancellationToken)
    {
        var osha = await OshaYears.LoadAsync(injuryCases, companies, companyClock, command.LocationCode, command.Year, cancellationToken);
        var details = new OshaEstablishmentDetails(
            command.EstablishmentName!, command.Street!, command.City!, command.State!, command.PostalCode!, command.IndustryDescription!,
            command.NaicsCode!, command.AverageEmployees!.Value, command.HoursWorked!.Value);
        var now = clock.GetUtcNow();
        var existing = await establishments.FirstOrDefaultAsync(new Specifications.OshaEstablishmentByLocationYearSpec(osha.Location.Code, osha.Year), cancellationToken);
        if (existing is null)
        {
            establishments.Add(OshaEstablishment.Record(osha.CompanyId, osha.Location.Code, osha.Year, details, now));
        }
        else
        {
            existing.Change(details, now);
        }

        return Unit.Value;
    }
}
